/* Preloaded before libfaketime by ./dev test-clock, which moves the monotonic clock with the
 * wall clock. Only a plain offset (FAKETIME=+365d) is supported: no rate, so a relative wait
 * lasts as long on either clock.
 *
 * 1. libfaketime 0.9.10 (Debian 12) does not wrap sem_clockwait, on which Python waits for a
 * lock or an Event with a timeout: the deadline, taken on the moved monotonic clock, would be
 * waited for on the real one, a year away. Such a wait is given the same time left on the real
 * clock here. (Leaving the monotonic clock alone instead, FAKETIME_DONT_FAKE_MONOTONIC=1, breaks
 * time.sleep with EINVAL, and a test process crashed in libfaketime while a thread set
 * os.environ.)
 *
 * 2. libfaketime runs the waits it wraps (epoll_wait, poll, select, nanosleep, ...) with its
 * per-thread "don't fake" flag set, so a signal handler run during the wait reads the REAL
 * clock. PostgreSQL's lock_timeout and statement_timeout fire as SIGALRM (setitimer, not
 * wrapped) while the backend sleeps in epoll_wait; the handler compares the real now with a
 * deadline taken on the moved clock, finds a year left and re-arms the timer for a year: the
 * wait never ends. These relative waits go straight to the C library here instead. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <poll.h>
#include <semaphore.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/select.h>
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

/* The C library's own function, skipping libfaketime's (RTLD_NEXT from here would find it). */
static void *libc(const char *name)
{
    static void *handle;
    if (!handle) {
        handle = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD);
    }
    return dlsym(handle, name);
}

#define REAL(name, ...)                                  \
    static __typeof__(name) *real;                       \
    if (!real) {                                         \
        real = (__typeof__(name) *)libc(#name);          \
    }                                                    \
    return real(__VA_ARGS__)

int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout)
{
    REAL(epoll_wait, epfd, events, maxevents, timeout);
}

int epoll_pwait(int epfd, struct epoll_event *events, int maxevents, int timeout,
                const sigset_t *sigmask)
{
    REAL(epoll_pwait, epfd, events, maxevents, timeout, sigmask);
}

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
    REAL(poll, fds, nfds, timeout);
}

int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout,
          const sigset_t *sigmask)
{
    REAL(ppoll, fds, nfds, timeout, sigmask);
}

int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
           struct timeval *timeout)
{
    REAL(select, nfds, readfds, writefds, exceptfds, timeout);
}

int pselect(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
            const struct timespec *timeout, const sigset_t *sigmask)
{
    REAL(pselect, nfds, readfds, writefds, exceptfds, timeout, sigmask);
}

int nanosleep(const struct timespec *duration, struct timespec *rem)
{
    REAL(nanosleep, duration, rem);
}
