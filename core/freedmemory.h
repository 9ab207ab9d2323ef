#pragma once

#ifdef __GLIBC__
#include <cstdlib>
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

// glibc gives each thread that allocates an arena of its own, up to eight a core; the window runs
// some thirty threads (pools, the network, Qt WebEngine), and each arena keeps what was freed in it
// for its thread. Two arenas cost the window 20 MiB less at 20,000 files. Call first thing in
// main(); a MALLOC_ARENA_MAX in the environment is left to decide.
inline void useFewMemoryArenas()
{
#ifdef __GLIBC__
    if (!std::getenv("MALLOC_ARENA_MAX"))
        mallopt(M_ARENA_MAX, 2);
#endif
}
