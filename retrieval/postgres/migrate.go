package postgres

import (
	"context"
	"embed"
	"io/fs"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
)

// Migrations use github.com/pressly/goose/v3: it is maintained, reads plain
// SQL files from an embed.FS (the binary carries its schema), and its Provider
// API holds no package globals, so two stores in one process (tests) do not
// share state. It takes a PostgreSQL advisory lock while migrating, so several
// API replicas starting at once migrate once. The SQLite store uses the same
// library, so both schemas are versioned alike.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migrate creates or upgrades the schema of the database at url to the
// latest version (for `bronwijzer migrate`). Open also does it unless
// Options.SkipMigrate.
func Migrate(ctx context.Context, url string) error {
	cfg, err := poolConfig(url, Options{})
	if err != nil {
		return err
	}
	return migrate(ctx, cfg.ConnConfig)
}

func migrate(ctx context.Context, cc *pgx.ConnConfig) error {
	db := stdlib.OpenDB(*cc.Copy())
	defer db.Close()
	// Fail fast (EUNAVAILABLE) before the migration lock starts retrying.
	if err := db.PingContext(ctx); err != nil {
		return classify(ctx, err, "migrate")
	}
	fsys, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		return wrapf(err, "postgres: migrations")
	}
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 300))
	if err != nil {
		return wrapf(err, "postgres: migration lock")
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, fsys,
		goose.WithSessionLocker(locker), goose.WithTableName("bronwijzer_schema_version"))
	if err != nil {
		return wrapf(err, "postgres: migrations")
	}
	if _, err := p.Up(ctx); err != nil {
		return classify(ctx, err, "migrate")
	}
	return nil
}
