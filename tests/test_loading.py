"""Reading a report file: English or Chinese plain text in, one clear sentence out for anything else."""
from __future__ import annotations

import pytest

import workreport
from workreport import ReportInputError, read_report
from workreport.read.loading import check_text

ENGLISH = ("I. Review of Work in 2023\n\nThe city's GDP grew by 5% and the retail sales of consumer goods rose 9%, "
           "which is the result of the work of the government and the people.\n\n"
           "II. Tasks for 2024\n\nThe regional GDP will increase by about 6%.\n")


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b" \n\t\r\n ", "whitespace"),
    (b"\x00\x01\x02binary\x00" * 50, "binary"),
    (b"%PDF-1.4\n1 0 obj\n", "PDF"),
    ("The city\u2019s GDP grew by 5% and the government did the work of the year.".encode("cp1252"), "not UTF-8"),
    (("政府工作报告。全市地区生产总值增长6%以上。" * 30).encode("gbk"), "legacy encoding (GBK/GB18030)"),
    (("市の総生産は前年比で6%増加しました。これは政府と市民の努力の結果です。" * 10).encode("utf-8"), "Japanese"),
    (("시의 총생산은 전년 대비 6% 증가했습니다. 이것은 정부와 시민의 노력의 결과입니다. " * 10).encode("utf-8"), "Korean"),
    (b"<!DOCTYPE html><html><head><title>x</title></head><body><p>GDP grew 5%.</p></body></html>", "HTML"),
    ((("Le produit int\u00e9rieur brut de la ville a augment\u00e9 de cinq pour cent, les ventes au d\u00e9tail "
       "ont progress\u00e9 fortement dans toute la r\u00e9gion gr\u00e2ce aux mesures prises. ") * 4).encode("utf-8"),
     "English"),
    (b"12 34 56 78 90 - 12 % 3.4", "no words"),
    (b"qzx vbn wrt plk mnb vcx zzq rtp lkj hgf dsa poi uyt rew qaz wsx edc", "English or Chinese"),
])
def test_bad_files_are_named(tmp_path, data, words):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    with pytest.raises(ReportInputError) as err:
        read_report(path)
    message = str(err.value)
    assert words.lower() in message.lower()
    assert str(path) in message
    assert "\n" not in message and message.endswith(".")


def test_directory_and_missing_path(tmp_path):
    with pytest.raises(ReportInputError, match="is a directory"):
        read_report(tmp_path)
    with pytest.raises(ReportInputError, match="does not exist"):
        read_report(tmp_path / "nope.txt")
    with pytest.raises(ReportInputError, match="does not exist"):
        workreport.extract(tmp_path / "nope.txt")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_universal_newlines(tmp_path, newline):
    path = tmp_path / "report.txt"
    path.write_bytes(ENGLISH.replace("\n", newline).encode("utf-8"))
    assert read_report(path) == ENGLISH
    e = workreport.extract(path)
    assert [e.text[s:t] for s, t in zip(e.claims["start"], e.claims["end"])] == ["5%", "9%", "about 6%"]


def test_byte_order_mark_is_kept_but_does_not_hide_the_first_heading(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"))
    text = read_report(path)
    assert text == path.read_text(encoding="utf-8")        # offsets match a plain UTF-8 read
    e = workreport.extract(path)
    assert [p.id for p in e.document.parts][-2:] == ["I", "II"]
    assert list(e.claims["status"]) == ["actual", "actual", "target"]
    for r in e.claims.itertuples():
        assert text[r.start:r.end] == r.expr


def test_the_bundled_report_reads(report_text):
    check_text(report_text)
    assert report_text.startswith("banner\nGovernment Work Report")
    assert "\r" not in report_text


def test_check_text_is_what_extract_text_skips():
    with pytest.raises(ReportInputError, match="empty"):
        check_text("   ")
    e = workreport.extract_text("   ")          # the library call on text runs no language checks
    assert e.claims.empty and e.mentions.empty


def test_input_file_is_never_written(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(ENGLISH.replace("\n", "\r\n").encode("utf-8"))
    before = path.read_bytes(), path.stat().st_mtime_ns
    workreport.extract(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


CHINESE = "一、2024年工作回顾\n全市地区生产总值增长5.8%。\n二、2025年主要目标\n地区生产总值增长5.5%左右。\n"


def test_a_chinese_file_is_read_by_the_chinese_reader(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(CHINESE.encode("utf-8"))
    e = workreport.extract(path, year=2025)
    assert e.language == "zh"
    assert list(e.claims["expr"]) == ["5.8%", "5.5%左右"]
    assert list(e.claims["status"]) == ["actual", "target"]


def test_language_can_be_forced_and_an_unknown_one_is_named(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(ENGLISH.encode("utf-8"))
    assert workreport.extract(path, language="en").language == "en"
    with pytest.raises(ReportInputError, match="'fr' is not read by this toolkit; use one of en"):
        workreport.extract(path, language="fr")
