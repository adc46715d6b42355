"""Sync by file: signed bundles carried by USB stick, WhatsApp or e-mail (see docs/sync.md).

No Qt here: the Sync page and the `fgd-app bundle|keys|conflicts` commands share it.
"""
