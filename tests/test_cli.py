from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from syndicate import cli
from tests.conftest import EXAMPLE, EXAMPLE_URL


def run(
    argv: list[str], capsys: pytest.CaptureFixture[str], stdin: bytes = b""
) -> tuple[int, str, str]:
    if stdin:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_convert_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code = cli.main(["convert", str(EXAMPLE), "-t", "text", "--url", EXAMPLE_URL])
    assert code == 0
    assert capsysbinary.readouterr().out == EXAMPLE.with_suffix(".txt").read_bytes()


def test_convert_to_file_atomically(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.md"
    code, out, err = run(["convert", str(EXAMPLE), "-t", "markdown", "-o", str(target)], capsys)
    assert code == 0 and out == "" and err == ""
    assert target.read_text(encoding="utf-8").startswith("*Diplomacy*")
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]  # no temp file left behind


def test_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["formats"], capsys)
    assert code == 0 and {line.split()[0] for line in out.splitlines()} >= {
        "text",
        "markdown",
        "json",
    }


@pytest.mark.parametrize(
    ("argv", "exit_code", "message"),
    [
        (["convert", "no-such-file.html"], 3, "no such file"),
        (["convert", "."], 3, "is a directory"),
        (["convert", str(EXAMPLE), "-t", "pdf"], 8, "unknown format 'pdf'"),
        (["convert", str(EXAMPLE), "--default-tz", "Mars/Olympus"], 3, "unknown time zone"),
    ],
)
def test_errors_are_one_line_with_their_exit_code(
    argv: list[str], exit_code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(argv, capsys)
    assert code == exit_code and out == ""
    assert err.count("\n") == 1 and err.startswith("syndicate: error:") and message in err


def test_strict_turns_diagnostics_into_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "empty.html"
    page.write_bytes(b"<html><body></body></html>")
    assert run(["convert", str(page)], capsys)[0] == 0
    code, _, err = run(["convert", str(page), "--strict"], capsys)
    assert code == 6 and "no-article" in err


def test_binary_input_lenient_and_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 64)
    code, _, err = run(["convert", str(blob), "-v"], capsys)
    assert code == 0 and "binary-input" in err
    code, _, err = run(["convert", str(blob), "--strict"], capsys)
    assert code == 5 and err.count("\n") == 1


def test_stdin_and_console_script() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "syndicate",
            "convert",
            "-",
            "-t",
            "json",
            "--url",
            "https://theprint.in/x/",
        ],
        input=EXAMPLE.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b'{\n  "schema": "syndicate/article@1"')


def test_help_is_useful(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["convert", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for flag in ("--to", "--output", "--url", "--strict", "--width", "--default-tz"):
        assert flag in out
