"""Site rules: per-site extraction rules kept as data, in Full-Text RSS's site-config
format (``example.com.txt`` files of ``directive: value`` lines)."""
