"""Body extraction: clean a copy of the tree, locate the main content, convert it to blocks."""
