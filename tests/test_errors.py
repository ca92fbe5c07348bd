from __future__ import annotations

import syndicate
from syndicate import errors


def test_every_error_derives_from_the_root_and_has_its_own_exit_code() -> None:
    classes = [
        obj
        for obj in vars(errors).values()
        if isinstance(obj, type) and issubclass(obj, errors.SyndicateError)
    ]
    assert len(classes) >= 8
    codes = [cls.exit_code for cls in classes]
    assert len(set(codes)) == len(codes)
    assert 2 not in codes and 0 not in codes  # 2 is argparse's usage error


def test_unknown_format_message_lists_the_known_formats() -> None:
    try:
        syndicate.get_writer("docx")
    except syndicate.UnknownFormatError as exc:
        assert "docx" in str(exc) and "markdown" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected UnknownFormatError")
