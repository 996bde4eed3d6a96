"""Content credentials (C2PA): every output signed with its process record, read back and checked.

``signed_output(target, record)`` is the one hook the write points use; ``read_credentials(path)``
validates a file; ``identity`` holds the signing key and certificate. See docs/credentials.md.
"""

from .sign import SigningWarning, signed_output
from .verify import Credentials, read_credentials

__all__ = ["Credentials", "SigningWarning", "read_credentials", "signed_output"]
