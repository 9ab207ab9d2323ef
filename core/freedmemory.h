#pragma once

#ifdef __GLIBC__
#include <malloc.h>
#endif

// glibc keeps freed memory for the process, resident, unless asked to give it back: a large
// state's parse or a finished phase would otherwise count at the peak of the next.
inline void returnFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
