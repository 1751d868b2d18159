"""Plain Python: the words of the domain and its rules. No Qt, no SQL, no I/O."""
