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
