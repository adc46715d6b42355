"""The Qt desktop interface: the only package of fgd_app that imports PySide6.

Everything it shows comes from `fgd_app.services`; it adds windows, item models,
translations and settings, never rules. `fgd_app.cli` imports `fgd_app.ui.app` lazily,
so headless commands never load Qt.
"""
