package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/bronwijzer/bronwijzer/retrieval/postgres"
)

// cmdMigrate creates or upgrades the schema. Both stores also migrate at
// startup; this command lets an operator do it ahead of a deployment.
func cmdMigrate(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	if _, err := env.parseFlags(fs, args); err != nil {
		return err
	}
	if env.cfg.DatabaseURL != "" {
		if err := postgres.Migrate(ctx, env.cfg.DatabaseURL); err != nil {
			return err
		}
		fmt.Fprintln(env.stdout, "PostgreSQL-schema is bijgewerkt.")
		return nil
	}
	s, err := openStore(ctx, env.cfg) // the SQLite store migrates on open
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "SQLite-schema in %s is bijgewerkt.\n", env.cfg.DataDir)
	return s.Close()
}
