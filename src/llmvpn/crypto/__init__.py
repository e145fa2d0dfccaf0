"""Envelope encryption of provider keys. Imported by the key server only, never by web/."""

from llmvpn.crypto.envelope import MasterKey, SealedSecret, WrappedKey, open_sealed, seal

__all__ = ["MasterKey", "SealedSecret", "WrappedKey", "open_sealed", "seal"]
