package api

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Failed key and session attempts are limited per client address with a
// token bucket: attemptBurst failures at once, then one more per
// attemptEvery. While an address's bucket is empty, every key it sends is
// refused with 429 before it is checked, so a correct guess cannot be told
// from a wrong one; a valid session cookie still passes (its 256 random
// bits are not worth guessing, and a practice behind one address keeps
// working while one of its machines sends a revoked key).
const (
	attemptBurst = 10
	attemptEvery = 6 * time.Second
	// attemptIdle: an unused bucket is full again by then and is forgotten.
	attemptIdle = attemptBurst * attemptEvery
)

// attemptLimiter counts failed attempts per client address.
type attemptLimiter struct {
	every time.Duration
	burst int
	now   func() time.Time

	mu        sync.Mutex
	buckets   map[string]*attemptBucket
	lastSweep time.Time
}

type attemptBucket struct {
	lim  *rate.Limiter
	seen time.Time
}

func newAttemptLimiter(every time.Duration, burst int, now func() time.Time) *attemptLimiter {
	if now == nil {
		now = time.Now
	}
	return &attemptLimiter{every: every, burst: burst, now: now, buckets: map[string]*attemptBucket{}}
}

// blocked reports whether addr has no failed attempt left, and how long
// until it has one (for Retry-After).
func (l *attemptLimiter) blocked(addr string) (time.Duration, bool) {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[addr]
	if !ok || b.lim.TokensAt(now) >= 1 {
		return 0, false
	}
	r := b.lim.ReserveN(now, 1)
	wait := r.DelayFrom(now)
	r.CancelAt(now)
	return wait, true
}

// failed takes one token from addr's bucket.
func (l *attemptLimiter) failed(addr string) {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	b, ok := l.buckets[addr]
	if !ok {
		b = &attemptBucket{lim: rate.NewLimiter(rate.Every(l.every), l.burst)}
		l.buckets[addr] = b
	}
	b.seen = now
	b.lim.AllowN(now, 1)
}

func (l *attemptLimiter) sweep(now time.Time) {
	if now.Sub(l.lastSweep) < time.Minute {
		return
	}
	l.lastSweep = now
	for addr, b := range l.buckets {
		if now.Sub(b.seen) > attemptIdle {
			delete(l.buckets, addr)
		}
	}
}
