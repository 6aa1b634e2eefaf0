package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bronwijzer/bronwijzer/admin"
	"github.com/bronwijzer/bronwijzer/api/auth"
)

// cmdKeys manages API keys: create (the secret is printed once), list, revoke.
func cmdKeys(ctx context.Context, env *cmdEnv, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: bronwijzer keys create --name NAAM --scope query|admin|metrics | keys list | keys revoke ID", errUsage)
	}
	switch args[0] {
	case "create":
		return keysCreate(ctx, env, args[1:])
	case "list":
		return keysList(ctx, env, args[1:])
	case "revoke":
		return keysRevoke(ctx, env, args[1:])
	default:
		return fmt.Errorf("%w: unknown keys subcommand %q (create, list, revoke)", errUsage, args[0])
	}
}

// openKeyStore opens only the store: key and audit commands need no
// analyser or embedder.
func openKeyStore(ctx context.Context, env *cmdEnv) (Store, error) {
	return openStore(ctx, env.cfg)
}

// scopeList collects --scope flags, repeated or comma-separated.
type scopeList []string

func (s *scopeList) String() string { return strings.Join(*s, ",") }

func (s *scopeList) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*s = append(*s, p)
		}
	}
	return nil
}

func keysCreate(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("keys create", flag.ContinueOnError)
	name := fs.String("name", "", "who or what uses the key, e.g. \"HIS-koppeling praktijk De Linde\"")
	var scopes scopeList
	fs.Var(&scopes, "scope", "query (search/ask), admin (document management; implies query and metrics) or metrics (GET /metrics); repeatable")
	asJSON := fs.Bool("json", false, "print the key as JSON")
	rest, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, rest)
	}
	if strings.TrimSpace(*name) == "" {
		return fmt.Errorf("%w: --name is required", errUsage)
	}
	if len(scopes) == 0 {
		return fmt.Errorf("%w: --scope is required (query, admin or metrics)", errUsage)
	}
	if _, err := auth.NormalizeScopes(scopes); err != nil {
		return fmt.Errorf("%w: %s", errUsage, describeError(err))
	}
	s, err := openKeyStore(ctx, env)
	if err != nil {
		return err
	}
	defer s.Close()
	nk, err := auth.Create(ctx, s, strings.TrimSpace(*name), scopes, time.Now())
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.stdout, struct {
			admin.APIKey
			Token string `json:"token"`
		}{nk.Key, nk.Token})
	}
	fmt.Fprintln(env.stdout, nk.Token)
	fmt.Fprintf(env.stderr, "API-sleutel %s (%s, scopes %s) aangemaakt. Bewaar de sleutel hierboven nu: hij wordt niet opnieuw getoond.\n"+
		"Gebruik: Authorization: Bearer <sleutel>. Herstart 'bronwijzer serve' als dit de eerste sleutel is.\n",
		nk.Key.ID, nk.Key.Name, strings.Join(nk.Key.Scopes, ","))
	return nil
}

func keysList(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("keys list", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := env.parseFlags(fs, args); err != nil {
		return err
	}
	s, err := openKeyStore(ctx, env)
	if err != nil {
		return err
	}
	defer s.Close()
	keys, err := s.Keys(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.stdout, map[string]any{"keys": keys})
	}
	if len(keys) == 0 {
		fmt.Fprintln(env.stdout, "Geen API-sleutels. Zonder sleutels luistert 'bronwijzer serve' alleen op loopback.")
		return nil
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAAM\tSCOPES\tAANGEMAAKT\tINGETROKKEN")
	for _, k := range keys {
		revoked := "-"
		if k.RevokedAt != nil {
			revoked = k.RevokedAt.Format(time.RFC3339)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", k.ID, shorten(k.Name, 40), strings.Join(k.Scopes, ","), k.CreatedAt.Format(time.RFC3339), revoked)
	}
	return tw.Flush()
}

func keysRevoke(ctx context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("keys revoke", flag.ContinueOnError)
	ids, err := env.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(ids) != 1 {
		return fmt.Errorf("%w: give one key id (see 'bronwijzer keys list')", errUsage)
	}
	id := ids[0]
	if kid, _, err := auth.ParseToken(id); err == nil {
		id = kid // the whole token was pasted: revoke its id
	}
	s, err := openKeyStore(ctx, env)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.RevokeKey(ctx, id, time.Now()); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "API-sleutel %s is ingetrokken; verzoeken met deze sleutel krijgen vanaf nu 401.\n", id)
	return nil
}
