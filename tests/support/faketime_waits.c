/* Preloaded before libfaketime by ./dev test-clock, which moves the monotonic clock with the
 * wall clock. libfaketime 0.9.10 (Debian 12) does not wrap sem_clockwait, on which Python
 * waits for a lock or an Event with a timeout: the deadline, taken on the moved monotonic
 * clock, would be waited for on the real one, a year away. Such a wait is given the same
 * time left on the real clock here. (Leaving the monotonic clock alone instead,
 * FAKETIME_DONT_FAKE_MONOTONIC=1, breaks time.sleep with EINVAL, and a test process crashed
 * in libfaketime while a thread set os.environ.) */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <semaphore.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

typedef int (*sem_clockwait_fn)(sem_t *, clockid_t, const struct timespec *);

int sem_clockwait(sem_t *sem, clockid_t clock_id, const struct timespec *deadline)
{
    static sem_clockwait_fn next;
    struct timespec moved, real, at;
    if (!next) {
        next = (sem_clockwait_fn)dlsym(RTLD_NEXT, "sem_clockwait");
    }
    clock_gettime(clock_id, &moved);                 /* through libfaketime */
    syscall(SYS_clock_gettime, clock_id, &real);     /* the kernel's own */
    at.tv_sec = real.tv_sec + (deadline->tv_sec - moved.tv_sec);
    at.tv_nsec = real.tv_nsec + (deadline->tv_nsec - moved.tv_nsec);
    while (at.tv_nsec < 0) {
        at.tv_nsec += 1000000000L;
        at.tv_sec -= 1;
    }
    while (at.tv_nsec >= 1000000000L) {
        at.tv_nsec -= 1000000000L;
        at.tv_sec += 1;
    }
    return next(sem, clock_id, &at);
}
