"""Pick the master-key backend the settings name: the local key ring or Vault transit."""

from __future__ import annotations

from llmvpn.config import KeyServerSettings
from llmvpn.crypto.envelope import MasterKey
from llmvpn.crypto.local import LocalMasterKey
from llmvpn.errors import ConfigError
from llmvpn.logging import register_secret


def build_master_key(settings: KeyServerSettings) -> MasterKey:
    """The master key for `settings` (call once at key-server start-up).

    local: needs `api_key_secret` (run `ensure_keyserver_secrets` first); ConfigError if it is missing or
    doesn't match the key ring. vault: MasterKeyUnavailable if Vault can't be reached or refuses the token.
    """
    if settings.master_key_backend == "vault":
        # Imported here: hvac and requests cost the key server ~7 MB it needs only with Vault.
        from llmvpn.crypto.vault import VaultTransitMasterKey

        if not settings.vault_addr or settings.vault_token is None:
            raise ConfigError("the vault master-key backend needs VAULT_ADDR and VAULT_TOKEN")
        return VaultTransitMasterKey(
            settings.vault_addr,
            settings.vault_token.get_secret_value(),
            mount=settings.vault_transit_mount,
            key=settings.vault_transit_key,
            timeout=settings.vault_timeout_seconds,
        )
    if settings.api_key_secret is None:
        raise ConfigError("the local master-key backend needs BACKEND_API_KEY_SECRET "
                          "(or a secret kept in LLMVPN_HOME; see ensure_keyserver_secrets)")
    secret = settings.api_key_secret.get_secret_value()
    register_secret(secret)
    return LocalMasterKey(secret, settings.salt_file)
