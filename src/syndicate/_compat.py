"""What differs between the Python versions syndicate supports (3.10+)."""

import sys

if sys.version_info >= (3, 11):
    from typing import assert_never
else:  # pragma: no cover
    from typing_extensions import assert_never

__all__ = ["assert_never"]
