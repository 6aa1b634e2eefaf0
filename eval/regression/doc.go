// Package regression holds the CI regression gate of the eval: a test that
// ingests the bundled corpus into a temporary SQLite store, answers the dev
// set in process under every retrieval mode, and fails when the primary
// (hybrid) configuration falls below eval/thresholds.json. Beside the gate it
// proves every dev-set quote matches a stored chunk, every guideline-set quote
// a searchable chunk of the dev guidelines, and that evaluating over
// the real HTTP API gives the same numbers as in process. It has no code of
// its own; it lives apart from package eval so eval's unit tests do not need
// the whole ingest and answer stack.
package regression
