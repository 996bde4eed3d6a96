"""`hybridstudio serve`: start (or join) a Ray cluster and serve HybridStudio's engine to a class;
`hybridstudio serve token add|list|revoke NAME`: manage who may use it."""

from __future__ import annotations

import argparse
import dataclasses
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..core.errors import HybridStudioError
from ..core.settings import Settings
from .client import TOKEN_ENV, ServerClient, insecure_warning
from .limits import Limits
from .tokens import TokenStore, default_tokens_path

APP_NAME = "hybridstudio"
EXAMPLES = """examples:
  hybridstudio serve token add class-2a          # prints the token once: give it to the class
  hybridstudio serve --host 0.0.0.0 --cert school.crt --key school.key
  RAY_AUTH_MODE=token RAY_AUTH_TOKEN="$(cat auth_token)" ray start --address=HEAD:6379
                      # another machine joins (auth_token: a copy of the head's ~/.ray/auth_token)
  hybridstudio serve --address HEAD:6379          # or deploy onto a cluster that runs already
"""


def register(sub: argparse._SubParsersAction) -> None:
    d = Limits()
    p = sub.add_parser(
        "serve",
        help="serve this machine's GPU to a class (school server, Ray Serve)",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--address",
        default=None,
        metavar="HEAD:PORT",
        help="join a running Ray cluster instead of starting a head here",
    )
    p.add_argument(
        "--ray-port",
        type=int,
        default=6379,
        help="port other school machines join with `ray start --address` (default 6379)",
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address the HTTP(S) server listens on (0.0.0.0: the whole network)",
    )
    p.add_argument("--port", type=int, default=8000, help="HTTP(S) port (default 8000)")
    p.add_argument("--name", default=socket.gethostname(), help="server name shown to students")
    p.add_argument("--cert", default=None, metavar="FILE.pem", help="TLS certificate (HTTPS)")
    p.add_argument("--key", default=None, metavar="FILE.pem", help="TLS private key (HTTPS)")
    p.add_argument(
        "--tokens", default=None, metavar="FILE", help=f"token file (default {default_tokens_path()})"
    )
    p.add_argument(
        "--replicas",
        type=int,
        default=1,
        help="engine replicas per kind of job (generation, upscaling, recipes)",
    )
    p.add_argument(
        "--max-replicas",
        type=int,
        default=None,
        help="grow up to this many replicas per kind when machines join (autoscaling)",
    )
    p.add_argument(
        "--gpus-per-replica",
        type=float,
        default=None,
        help="GPU share of one replica (default: 0.33 when the cluster has GPUs, so the "
        "three kinds share one card; 0 otherwise)",
    )
    p.add_argument(
        "--cpus-per-replica", type=float, default=1.0, help="processor cores reserved per replica (default 1)"
    )
    p.add_argument("--max-pixels", type=int, default=d.max_pixels, help="pixels per image")
    p.add_argument("--max-steps", type=int, default=d.max_steps, help="diffusion steps per image")
    p.add_argument("--max-batch", type=int, default=d.max_batch, help="images per job")
    p.add_argument(
        "--max-upload-mb",
        type=float,
        default=d.max_upload_bytes / (1 << 20),
        help="megabytes of images per job",
    )
    p.add_argument(
        "--per-user-jobs", type=int, default=d.per_user_running, help="jobs one user may run at the same time"
    )
    p.add_argument(
        "--per-user-queue", type=int, default=d.per_user_queued, help="jobs one user may have waiting"
    )
    p.add_argument(
        "--result-ttl",
        type=float,
        default=d.result_ttl_s,
        metavar="SECONDS",
        help="results not fetched are deleted after this long",
    )
    p.set_defaults(func=cmd_serve)
    tok = p.add_subparsers(dest="serve_command", metavar="token|connect")
    t = tok.add_parser("token", help="access tokens: add, list, revoke")
    t.add_argument("action", choices=("add", "list", "revoke"))
    t.add_argument("name", nargs="?", help="a student or a class, e.g. class-2a")
    t.add_argument(
        "--tokens",
        dest="token_file",
        default=None,
        metavar="FILE",
        help=f"token file (default {default_tokens_path()})",
    )
    t.set_defaults(func=cmd_token)
    c = tok.add_parser("connect", help="make the app (and --server) use a school server")
    c.add_argument("url", help="the server's address, e.g. https://gpu.school.example:8000")
    c.add_argument("--token", default=None, help=f"access token (default: ${TOKEN_ENV})")
    c.add_argument(
        "--no-fallback",
        action="store_true",
        help="never compute on this computer when the server cannot be reached",
    )
    c.set_defaults(func=cmd_connect)


def cmd_token(args: argparse.Namespace) -> int:
    store = TokenStore(Path(args.token_file) if args.token_file else None)
    if args.action == "list":
        entries = store.entries()
        if not entries:
            print(f"no tokens yet ({store.path}); add one with `hybridstudio serve token add NAME`")
        for e in entries:
            print(f"{e.name:<24} created {e.created}  sha256 {e.sha256[:12]}…")
        return 0
    if not args.name:
        raise HybridStudioError(f"serve token {args.action}: give a NAME")
    if args.action == "add":
        token = store.add(args.name)
        print(token)
        print(
            f"token for {args.name!r} (shown once; the server keeps only its hash in {store.path})",
            file=sys.stderr,
        )
        return 0
    store.revoke(args.name)
    print(f"revoked {args.name!r}: it is refused from the next request on")
    return 0


def cmd_connect(args: argparse.Namespace) -> int:
    """Check the server answers to the token, then store both in the settings the app reads."""
    client = ServerClient(args.url, args.token)
    if not client.token:
        raise HybridStudioError(f"serve connect: give --token or set {TOKEN_ENV}")
    info = client.info()
    label = next((m.get("label") for m in (info.get("machines") or {}).values() if m.get("label")), "?")
    settings = dataclasses.replace(
        Settings.load(),
        compute="server",
        server_url=client.url,
        server_token=client.token,
        server_fallback=not args.no_fallback,
    )
    path = settings.save()
    print(
        f"connected to school server {info['server']} as {info['user']}: {label}, "
        f"{len(info.get('models') or [])} models"
    )
    print(f"the app now computes there (settings: {path}); Settings → Compute on switches back")
    warn = insecure_warning(client.url)
    if warn:
        print(f"warning: {warn}", file=sys.stderr)
    return 0


def limits_from(args: argparse.Namespace) -> Limits:
    return Limits(
        max_pixels=args.max_pixels,
        max_steps=args.max_steps,
        max_batch=args.max_batch,
        max_upload_bytes=int(args.max_upload_mb * (1 << 20)),
        per_user_running=args.per_user_jobs,
        per_user_queued=args.per_user_queue,
        result_ttl_s=args.result_ttl,
    )


def _ray_cli() -> str:
    exe = Path(sys.executable).with_name("ray")
    return str(exe) if exe.is_file() else "ray"


def start_head(port: int, timeout: float = 120.0) -> subprocess.Popen:
    """`ray start --head --block` as a child: other machines join it on ``port``; it stops when
    this process stops it. Returns once a driver can connect."""
    import ray  # lazy: loads ray only when start_head() runs

    cmd = [
        _ray_cli(),
        "start",
        "--head",
        f"--port={port}",
        "--include-dashboard=false",
        "--disable-usage-stats",
        "--block",
    ]
    log = Path(tempfile.gettempdir()) / f"hybridstudio-ray-head-{port}.log"
    with open(log, "w") as out:
        # its own session: Ctrl-C reaches `serve`, which stops the head last, in order
        head = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + timeout
    while True:
        if head.poll() is not None:
            err = log.read_text(errors="replace").strip().splitlines()
            raise HybridStudioError(
                f"could not start the Ray head ({log}): " + (err[-1] if err else "no reason")
            )
        try:
            ray.init(address=f"127.0.0.1:{port}", log_to_driver=False)
            return head
        except Exception:  # noqa: BLE001 - not up yet: retried until the deadline
            if time.monotonic() > deadline:
                head.terminate()
                raise HybridStudioError(f"the Ray head did not answer on port {port}") from None
            time.sleep(1.0)


def join_command(gcs_address: str, token_auth: bool) -> str:
    """What another school machine types to add its processors and GPUs to this Ray cluster."""
    cmd = f"ray start --address={gcs_address}"
    if token_auth:  # Ray's token authentication: a joining machine needs the head's token too
        cmd = f'RAY_AUTH_MODE=token RAY_AUTH_TOKEN="$(cat auth_token)" {cmd}'
    return cmd


def join_hint(gcs_address: str, token_auth: bool) -> str:
    """The start-up lines that tell the school's IT how another machine joins."""
    lines = [
        "another school machine (same HybridStudio and Ray versions) adds capacity with:",
        "  " + join_command(gcs_address, token_auth),
    ]
    if token_auth:
        lines.append(
            "  where auth_token is a copy of this machine's ~/.ray/auth_token (`ray "
            "get-auth-token` prints it): Ray's cluster token, never a student's token"
        )
    return "\n".join(lines)


def cmd_serve(args: argparse.Namespace) -> int:
    if not args.address:
        # Ray's own token protects its ports between the school's machines (~/.ray/auth_token; a
        # machine that joins needs the same token: `ray get-auth-token` prints it). Ray reads this
        # when it is imported.
        os.environ.setdefault("RAY_AUTH_MODE", "token")
    try:
        # lazy: Ray Serve is optional (the server extra) and heavy, loaded only to serve
        import ray
        from ray import serve
    except ImportError:
        raise HybridStudioError(
            "the school server needs Ray Serve: pip install 'hybridstudio[server]'"
        ) from None
    # lazy: server.deployments loads fastapi, ray; only when cmd_serve() runs
    from .deployments import build_app

    if bool(args.cert) != bool(args.key):
        raise HybridStudioError("serve: give both --cert and --key for HTTPS, or neither")
    for f in (args.cert, args.key):
        if f and not Path(f).is_file():
            raise HybridStudioError(f"{f}: no such file")
    tokens = TokenStore(Path(args.tokens) if args.tokens else None)
    head = None
    if args.address:
        ray.init(address=args.address, log_to_driver=False)
    else:
        head = start_head(args.ray_port)
    try:
        gpus = args.gpus_per_replica
        if gpus is None:
            gpus = 0.33 if ray.cluster_resources().get("GPU", 0) >= 1 else 0.0
        http = {"host": args.host, "port": args.port}
        if args.cert:
            http.update(
                ssl_certfile=str(Path(args.cert).resolve()), ssl_keyfile=str(Path(args.key).resolve())
            )
        serve.start(http_options=http)
        app = build_app(
            args.name,
            Settings.load(),
            limits_from(args),
            tokens.path,
            replicas=args.replicas,
            max_replicas=args.max_replicas,
            gpus=gpus,
            cpus=args.cpus_per_replica,
            tls=bool(args.cert),
        )
        serve.run(app, name=APP_NAME, route_prefix="/", blocking=False)
        scheme = "https" if args.cert else "http"
        print(
            f"HybridStudio school server '{args.name}' at {scheme}://{args.host}:{args.port} "
            f"(Ray cluster {ray.get_runtime_context().gcs_address}; GPU per replica {gpus:g})",
            flush=True,
        )
        print(
            join_hint(ray.get_runtime_context().gcs_address, os.environ.get("RAY_AUTH_MODE") == "token"),
            flush=True,
        )
        if not args.cert:
            print(
                "warning: no certificate (--cert/--key): access tokens and images cross the "
                "network unencrypted; use it only on a trusted school network",
                file=sys.stderr,
                flush=True,
            )
        if not tokens.entries():
            print(
                f"warning: no access tokens yet ({tokens.path}): every request is refused until "
                "you add one with `hybridstudio serve token add NAME`",
                file=sys.stderr,
                flush=True,
            )
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        print("ready", flush=True)
        stop.wait()
        print("stopping the school server…", flush=True)
        serve.delete(APP_NAME)
        serve.shutdown()
    finally:
        ray.shutdown()
        if head is not None:  # the head started here stops with it (and only it)
            head.terminate()
            try:
                head.wait(60)
            except subprocess.TimeoutExpired:
                head.kill()
    return 0
