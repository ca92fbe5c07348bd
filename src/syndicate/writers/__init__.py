"""Writers: an ``Article`` or ``Feed`` to bytes. Writers never import readers."""
