"""The test suite runs without a network: the guard of tests/offline/sitecustomize.py is on here
and in every Python process a test starts, and `make test` adds an empty network namespace."""

from __future__ import annotations

import errno
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

GUARD_NAME = "fgd-app test network guard"
OFFLINE = Path(__file__).with_name("offline")


def refused_by_guard(call) -> OSError:
    with pytest.raises(OSError) as caught:
        call()
    assert GUARD_NAME in str(caught.value), caught.value  # not a refused port or a failed lookup
    assert caught.value.errno == errno.ENETUNREACH
    return caught.value


def test_connecting_to_loopback_is_refused_by_the_guard():
    refused_by_guard(lambda: socket.create_connection(("127.0.0.1", 9), timeout=1))
    refused_by_guard(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    refused_by_guard(lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM))
    refused_by_guard(socket.socket)  # the default family is AF_INET


def test_name_lookups_are_refused_by_the_guard():
    refused_by_guard(lambda: socket.create_connection(("pypi.org", 443), timeout=1))
    refused_by_guard(lambda: socket.getaddrinfo("example.org", 80))
    refused_by_guard(lambda: socket.gethostbyname("localhost"))


def test_local_sockets_still_work():
    """AF_UNIX and socketpair carry no network traffic; asyncio and multiprocessing need them."""
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"ping")
        assert b.recv(4) == b"ping"
    if hasattr(socket, "AF_UNIX"):
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()


CHILD = """
import socket, sys
import sitecustomize
print(sitecustomize.__file__)
import fgd_app.cli  # the `fgd-app` entry point's module, as the console script loads it
for target in (("127.0.0.1", 9), ("pypi.org", 443)):
    try:
        socket.create_connection(target, timeout=1)
    except OSError as exc:
        print(exc)
    else:
        sys.exit("connected")
"""


def test_python_subprocesses_started_by_tests_are_guarded_too():
    """The environment tests hand to `fgd-app` and `python -m fgd_app` children carries the guard."""
    assert str(OFFLINE) in os.environ["PYTHONPATH"].split(os.pathsep)
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=dict(os.environ),
                            timeout=60)
    assert result.returncode == 0, result.stderr
    origin, *errors = result.stdout.splitlines()
    assert Path(origin).resolve() == (OFFLINE / "sitecustomize.py").resolve()
    assert len(errors) == 2 and all(GUARD_NAME in line for line in errors), result.stdout


@pytest.mark.skipif(not os.environ.get("FGD_APP_TEST_NETNS"), reason="not run by `make test` in a network namespace")
def test_make_test_runs_in_a_namespace_without_network_interfaces():
    """`make test` under `unshare -n`: only a loopback device, no address and no route, so nothing
    can leave (/proc/self/net shows this process's namespace; /sys would show the machine's)."""
    assert [name for _, name in socket.if_nameindex()] == ["lo"]
    routes = Path("/proc/self/net/route").read_text().splitlines()[1:]
    assert routes == []
    assert Path("/proc/self/net/if_inet6").read_text().strip() == ""
