package sqlite

import "database/sql"

// Test hooks into the connection pools.

func (s *Store) ReaderStats() sql.DBStats { return s.readers.Stats() }
func (s *Store) WriterStats() sql.DBStats { return s.writer.Stats() }
func (s *Store) Readers() *sql.DB         { return s.readers }
func (s *Store) Writer() *sql.DB          { return s.writer }

// DropCache forgets the in-memory search index, so the next search loads it.
func (s *Store) DropCache() {
	s.cache.mu.Lock()
	s.cache.s = nil
	s.cache.mu.Unlock()
}

// IndexGeneration returns the generation of the cached search index, or
// -1 when none is loaded.
func (s *Store) IndexGeneration() int64 {
	s.cache.mu.Lock()
	defer s.cache.mu.Unlock()
	if s.cache.s == nil {
		return -1
	}
	return s.cache.s.gen
}
