-- Signing keys (src/platform/crypto/signing-keys.ts, decision 0024): one row per key pair, owned by
-- anything that signs (an instance, a network, an organisation, an account: owner_type and owner_id,
-- named by the module that owns the owner). The public key is in the clear (a JWK, published for
-- verification); the private key is sealed under SECRET (crypto/sealed.ts, purpose "signing-key").
-- An owner has at most one active key per purpose; a retired key stays, so what it signed can still
-- be verified.
create table signing_keys (
  id uuid primary key,
  owner_type text not null,
  owner_id text not null,
  purpose text not null check (purpose in ('ob-issuer', 'ap-rsa', 'ap-ed25519')),
  public_key jsonb not null,
  private_key_sealed text not null,
  created_at timestamptz not null,
  retired_at timestamptz
);
create unique index signing_keys_one_active on signing_keys (owner_type, owner_id, purpose)
  where retired_at is null;
create index signing_keys_owner on signing_keys (owner_type, owner_id, purpose, created_at);
