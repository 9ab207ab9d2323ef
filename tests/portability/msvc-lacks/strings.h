// MinGW-w64 has this header, MSVC does not: guard its use with #ifdef Q_OS_UNIX.
#error "<strings.h> is POSIX: MSVC has no such header"
