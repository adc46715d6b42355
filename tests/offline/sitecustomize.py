"""The test network guard: no Internet sockets and no name lookups in tests.

The app promises to work on laptops with no network at all, so the test suite proves it
by running without one. Python imports `sitecustomize` by itself at start-up when its
folder is on PYTHONPATH, so tests/conftest.py installs this guard in the test process and
puts this folder on PYTHONPATH: every Python process a test starts (the `fgd-app` CLI,
crash-test writers) is guarded too. `make test` also runs pytest in an empty network
namespace (`unshare -n`) where the machine allows it; this guard is what remains elsewhere
and what gives a clear error instead of a timeout.

Blocked: creating AF_INET/AF_INET6 sockets, and getaddrinfo, gethostbyname(_ex),
gethostbyaddr, getnameinfo, create_connection. Allowed: AF_UNIX sockets, socketpair
(on Windows it is made of loopback AF_INET sockets), and wrapping an existing descriptor.
The error is an OSError (what a laptop without network gives), errno ENETUNREACH, with
a message naming this guard.

Any other `sitecustomize` later on sys.path (Debian ships one) is still run after this.
"""

import errno
import os
import socket
import sys
import threading

GUARD_NAME = "fgd-app test network guard"
_HERE = os.path.dirname(os.path.abspath(__file__))
_BLOCKED_FAMILIES = {socket.AF_INET, socket.AF_INET6, -1}  # -1: the default family, AF_INET
_state = threading.local()


class NetworkBlockedError(OSError):
    """Raised instead of opening an Internet socket or resolving a name in tests."""

    def __init__(self, what):
        super().__init__(errno.ENETUNREACH,
                         f"{GUARD_NAME} ({os.path.join(_HERE, 'sitecustomize.py')}): {what} refused; "
                         "the app and its tests must work without a network")


def _allowed():
    return getattr(_state, "socketpair", 0) > 0


def install():
    """Patch the socket module of this process (idempotent)."""
    if getattr(socket, "_fgd_network_guard", False):
        return
    real_socket = socket.socket
    real_socketpair = socket.socketpair

    class GuardedSocket(real_socket):
        __slots__ = ()

        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if fileno is None and family in _BLOCKED_FAMILIES and not _allowed():
                shown = "AF_INET (the default)" if family == -1 else getattr(family, "name", family)
                raise NetworkBlockedError(f"socket({shown})")
            super().__init__(family, type, proto, fileno)

    def socketpair(*args, **kwargs):
        _state.socketpair = getattr(_state, "socketpair", 0) + 1
        try:
            return real_socketpair(*args, **kwargs)
        finally:
            _state.socketpair -= 1

    def refuse(name):
        def blocked(*args, **kwargs):
            shown = ", ".join(repr(a) for a in args[:2])
            raise NetworkBlockedError(f"socket.{name}({shown})")

        blocked.__name__ = name
        return blocked

    GuardedSocket.__name__ = GuardedSocket.__qualname__ = "socket"
    socket.socket = GuardedSocket
    socket.socketpair = socketpair
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo",
                 "create_connection"):
        setattr(socket, name, refuse(name))
    socket._fgd_network_guard = True


def _run_shadowed_sitecustomize():
    """Run the next `sitecustomize` on sys.path, which this module hides by its name."""
    from importlib.machinery import PathFinder
    from importlib.util import module_from_spec

    others = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
    spec = PathFinder.find_spec("sitecustomize", others)
    if spec is None or spec.loader is None or os.path.dirname(os.path.abspath(spec.origin or "")) == _HERE:
        return
    module = module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # the interpreter would print and go on too
        print(f"Error in shadowed sitecustomize {spec.origin}: {exc!r}", file=sys.stderr)


install()
if __name__ == "sitecustomize":
    _run_shadowed_sitecustomize()
