"""The school server's Ray Serve application.

- ``Engine`` (deployed three times: ``Generate``, ``Upscale``, ``Recipes``): replicas that run jobs
  with HybridStudio's own executor (:mod:`.worker`), each declaring its GPU/CPU share so that Ray
  places it on a machine that has one. One job per replica at a time (``max_ongoing_requests=1``);
  more school machines joining the cluster (``ray start --address=HEAD``) give room for more
  replicas (autoscaling up to ``--max-replicas``).
- ``Gateway``: the HTTP ingress (FastAPI): access tokens, limits, a fair queue per user with a
  per-user cap, job state, progress/preview streams, cancel, retry when a replica dies, and
  deletion of inputs and results once fetched or after a time to live.
"""

import asyncio
import base64
import json
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import ray
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from ray import serve
from ray.exceptions import ActorUnavailableError, RayActorError, WorkerCrashedError
from ray.serve.exceptions import DeploymentUnavailableError, ReplicaUnavailableError

from .. import __version__
from ..core.cancel import CancelToken
from ..core.errors import HybridStudioError
from ..core.recipe import Recipe
from ..core.settings import Settings
from .fairness import FairQueue
from .limits import DIFFUSION_STEPS, Limits, Refused, check_job, server_catalogue
from .tokens import TokenStore
from .worker import describe_machine, execute

ROUTES = ("generate", "upscale", "recipes")
DEPLOYMENT_NAMES = {"generate": "Generate", "upscale": "Upscale", "recipes": "Recipes"}
#: Errors that mean the replica running a job went away (machine lost, process killed).
REPLICA_LOST = (
    RayActorError,
    ActorUnavailableError,
    WorkerCrashedError,
    ReplicaUnavailableError,
    DeploymentUnavailableError,
)
ATTEMPTS = 3  # a job whose replica dies is started again on another one, up to this many times
#: Environment the replicas need to see the same models, settings and shared folder as `serve`.
ENV_KEYS = (
    "HYBRIDSTUDIO_CONFIG_DIR",
    "HYBRIDSTUDIO_DATA_DIR",
    "HYBRIDSTUDIO_SHARED",
    "HYBRIDSTUDIO_MODEL_PATH",
    "HF_HOME",
)


def route_of(recipe: Recipe) -> str:
    """Which engine deployment runs a recipe: a lone generation, a lone upscale, or the rest."""
    kinds = [rs.kind for rs in recipe.steps if rs.enabled]
    if len(kinds) == 1 and kinds[0] in DIFFUSION_STEPS:
        return "generate"
    if kinds == ["upscale"]:
        return "upscale"
    return "recipes"


class Engine:
    """Runs jobs on this replica's machine; streams events, then the result."""

    def __init__(self, server_name: str, settings: dict[str, Any]):
        self.server_name = server_name

        self.settings = Settings(**settings)
        gpu_ids = [int(g) for g in ray.get_gpu_ids()]
        if not gpu_ids:  # Ray gave this replica no GPU: it must not reach for one
            self.settings.device = "cpu"
        self.machine = describe_machine(self.settings, gpu_ids)
        ctx = serve.get_replica_context()
        self.replica = ctx.replica_id.unique_id
        self.deployment = ctx.deployment

    def describe(self) -> dict[str, Any]:
        return {**self.machine, "replica": self.replica, "deployment": self.deployment}

    async def run(self, job: dict[str, Any]):
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()
        token = CancelToken()
        compute = {
            "where": "school server",
            "server": self.server_name,
            "node": self.machine["node"],
            "gpus": self.machine["gpus"],
            "device": self.machine["device"],
            "replica": f"{self.deployment}#{self.replica}",
            "energy": "measured on the server (NVML on NVIDIA GPUs, RAPL or estimate otherwise)",
        }

        def emit(ev: dict[str, Any]) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, ev)

        work = loop.run_in_executor(None, execute, job, self.settings, compute, token, emit)
        yield {
            "type": "started",
            "replica": self.replica,
            "deployment": self.deployment,
            "node": self.machine["node"],
            "device": self.machine["label"],
        }
        try:
            while True:
                getter = asyncio.ensure_future(queue.get())
                done, _ = await asyncio.wait({getter, work}, return_when=asyncio.FIRST_COMPLETED)
                if getter in done:
                    yield getter.result()
                    continue
                getter.cancel()
                while not queue.empty():
                    yield queue.get_nowait()
                yield work.result()
                return
        except asyncio.CancelledError:
            token.cancel()
            # the replica stays busy until the work has really stopped, so cancel frees the GPU
            await asyncio.shield(asyncio.wait({work}))
            raise


@dataclass
class ServerJob:
    """A job as the gateway tracks it, from upload to fetched result."""

    id: str
    user: str
    route: str
    spec: dict[str, Any] | None  # inputs live here until the job ends
    created: float = field(default_factory=time.time)
    state: str = "queued"  # queued, running, done, failed, cancelled
    events: list[dict[str, Any] | None] = field(default_factory=list)
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    result: dict[str, Any] | None = None
    finished: float | None = None
    gen: Any = None
    cancel_requested: bool = False
    started: float | None = None

    @property
    def terminal(self) -> bool:
        return self.state in ("done", "failed", "cancelled")

    def push(self, ev: dict[str, Any]) -> None:
        if ev.get("type") == "preview":  # keep the latest previews only (memory)
            seen = 0
            for i in range(len(self.events) - 1, -1, -1):
                e = self.events[i]
                if e is not None and e.get("type") == "preview":
                    seen += 1
                    if seen >= 2:
                        self.events[i] = None
        self.events.append(ev)
        old, self.changed = self.changed, asyncio.Event()
        old.set()

    def end(self, state: str, **ev: Any) -> None:
        self.state = state
        self.finished = time.time()
        self.spec = None  # the uploaded inputs are deleted as soon as the job ends
        self.push({"type": state, **ev})


def _wire_event(ev: dict[str, Any], seq: int) -> bytes:
    ev = {**ev, "seq": seq}
    if ev.get("type") == "preview":
        ev = {**ev, "png": base64.b64encode(ev["png"]).decode("ascii")}
    return (json.dumps(ev) + "\n").encode("utf-8")


api = FastAPI(title="HybridStudio school server")


def _error(status: int, message: str, limit: str | None = None) -> JSONResponse:
    body = {"error": message}
    if limit:
        body["limit"] = limit
    return JSONResponse(body, status_code=status)


@serve.deployment(num_replicas=1, max_ongoing_requests=1000)
@serve.ingress(api)
class Gateway:
    def __init__(self, engines: dict[str, Any], config: dict[str, Any]):
        self.engines = engines
        self.streams = {k: h.options(stream=True) for k, h in engines.items()}
        self.name = config["name"]
        self.limits = Limits(**config["limits"])
        self.capacity = dict(config["capacity"])
        self.tokens = TokenStore(Path(config["tokens"]))
        self.tls = bool(config.get("tls"))
        self.jobs: dict[str, ServerJob] = {}
        self.queues: dict[str, FairQueue[ServerJob]] = {
            r: FairQueue(self.limits.per_user_running) for r in ROUTES
        }
        self.running: dict[str, int] = {}  # user → running jobs (all routes)
        self.busy = dict.fromkeys(ROUTES, 0)
        self.machines: dict[str, Any] | None = None
        self.started = time.time()

    # ---- helpers -----------------------------------------------------------------------------
    def _user(self, request: Request) -> str | JSONResponse:
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else ""
        if not token:
            return _error(
                401,
                "no access token: ask the school for one (hybridstudio serve token "
                "add NAME) and give it with --token, HYBRIDSTUDIO_SERVER_TOKEN or "
                "the app's settings",
            )
        name = self.tokens.check(token)
        if name is None:
            return _error(
                401,
                "this access token is not valid on this server (revoked or "
                "mistyped): ask the school for a new one",
            )
        return name

    def _owned(self, job_id: str, request: Request) -> ServerJob | JSONResponse:
        """The caller's own job, or the refusal to send (a job of someone else is not found)."""
        user = self._user(request)
        if isinstance(user, JSONResponse):
            return user
        job = self.jobs.get(job_id)
        if job is None or job.user != user:
            return _error(
                404, "no such job on this server (finished and fetched, expired, or the server restarted)"
            )
        return job

    def _purge(self) -> None:
        now = time.time()
        ttl = self.limits.result_ttl_s
        for jid, job in list(self.jobs.items()):
            if job.terminal and job.finished is not None and now - job.finished > ttl:
                del self.jobs[jid]

    def _pump(self) -> None:
        for route in ROUTES:
            while self.busy[route] < self.capacity[route]:
                nxt = self.queues[route].pop(self.running)
                if nxt is None:
                    break
                user, job = nxt
                self.busy[route] += 1
                self.running[user] = self.running.get(user, 0) + 1
                job.state = "running"
                job.started = time.time()
                asyncio.get_running_loop().create_task(self._run(job))

    async def _run(self, job: ServerJob) -> None:
        try:
            for attempt in range(1, ATTEMPTS + 1):
                if job.cancel_requested:
                    job.end("cancelled")
                    return
                try:
                    job.gen = self.streams[job.route].run.remote(job.spec)
                    async for ev in job.gen:
                        kind = ev.get("type")
                        if kind == "result":
                            job.result = ev
                            job.end("done", results=len(ev["results"]))
                        elif kind in ("failed", "cancelled"):
                            job.end(kind, **{k: v for k, v in ev.items() if k != "type"})
                        else:
                            job.push(ev)
                    if not job.terminal:
                        job.end(
                            "cancelled" if job.cancel_requested else "failed",
                            message="the server stopped this job without a result",
                        )
                    return
                except REPLICA_LOST as exc:
                    if job.cancel_requested:
                        job.end("cancelled")
                        return
                    if attempt == ATTEMPTS:
                        job.end(
                            "failed",
                            message=f"the server machine running this job stopped "
                            f"{ATTEMPTS} times ({type(exc).__name__}); try "
                            "again later or compute on this computer",
                        )
                        return
                    job.push(
                        {
                            "type": "retry",
                            "attempt": attempt + 1,
                            "message": "the server machine running this job stopped; the job "
                            "starts again on another one",
                        }
                    )
                    await asyncio.sleep(0.5 * attempt)
                except (asyncio.CancelledError, Exception) as exc:  # noqa: BLE001
                    if job.cancel_requested:
                        job.end("cancelled")
                        return
                    if isinstance(exc, asyncio.CancelledError):
                        raise
                    job.end("failed", message=f"server error ({type(exc).__name__}: {exc})")
                    return
        finally:
            if not job.terminal:
                job.end("failed", message="the server stopped this job")
            self.busy[job.route] -= 1
            self.running[job.user] = max(0, self.running.get(job.user, 1) - 1)
            job.gen = None
            self._pump()

    # ---- endpoints ---------------------------------------------------------------------------
    @api.get("/health")
    async def health(self) -> dict[str, Any]:
        return {
            "ok": True,
            "software": "HybridStudio",
            "version": __version__,
            "server": self.name,
            "tls": self.tls,
            "started": self.started,
        }

    @api.get("/info")
    async def info(self, request: Request):
        user = self._user(request)
        if isinstance(user, JSONResponse):
            return user
        if self.machines is None:
            machines = {}
            for route, handle in self.engines.items():
                try:
                    machines[route] = await asyncio.wait_for(handle.describe.remote(), 30)
                except Exception as exc:  # noqa: BLE001 - shown, not fatal
                    machines[route] = {"label": f"not ready ({type(exc).__name__})"}
            if all("node" in m for m in machines.values()):
                self.machines = machines
        else:
            machines = self.machines
        return {
            "server": self.name,
            "user": user,
            "version": __version__,
            "machines": machines,
            "limits": self.limits.as_dict(),
            "models": sorted(server_catalogue()),
            "queued": {r: len(q) for r, q in self.queues.items()},
            "tls": self.tls,
        }

    @api.post("/jobs")
    async def submit(self, request: Request):
        user = self._user(request)
        if isinstance(user, JSONResponse):
            return user
        self._purge()
        size = int(request.headers.get("content-length") or 0)
        if size > self.limits.max_upload_bytes * 4 // 3 + (1 << 20):  # base64 + JSON around it
            return _error(
                413,
                f"the request weighs {size / 1e6:.1f} MB; this server accepts at most "
                f"{self.limits.max_upload_bytes / 1e6:.1f} MB of images per job "
                "(limit: upload bytes)",
                "upload bytes",
            )
        try:
            body = await request.json()
            recipe = Recipe.loads(str(body["recipe"]))
            uploads = [
                (str(i["name"]), base64.b64decode(i["data"], validate=True)) for i in body.get("inputs") or []
            ]
            check_job(recipe, uploads, self.limits, server_catalogue())
        except Refused as exc:
            return _error(exc.status, str(exc), exc.limit)
        except HybridStudioError as exc:
            return _error(422, str(exc), "recipe")
        except (ValueError, KeyError, TypeError) as exc:
            return _error(400, f"not a HybridStudio job ({type(exc).__name__}: {exc})")
        route = route_of(recipe)
        queue = self.queues[route]
        if queue.waiting(user) >= self.limits.per_user_queued:
            return _error(
                429,
                f"you have {queue.waiting(user)} jobs waiting already; this server "
                f"queues at most {self.limits.per_user_queued} per user (limit: "
                "queued jobs)",
                "queued jobs",
            )
        jid = secrets.token_urlsafe(12)
        spec = {
            "id": jid,
            "recipe": recipe.dumps(),
            "previews": bool(body.get("previews", True)),
            "inputs": [{"name": n, "data": d} for n, d in uploads],
        }
        job = ServerJob(jid, user, route, spec)
        self.jobs[jid] = job
        queue.push(user, job)
        job.push({"type": "queued", "position": queue.position(user, job), "route": route})
        self._pump()
        return {"id": jid, "route": route, "server": self.name}

    @api.get("/jobs/{job_id}/events")
    async def events(self, job_id: str, request: Request):
        job = self._owned(job_id, request)
        if isinstance(job, JSONResponse):
            return job

        async def lines():
            i = 0
            while True:
                changed = job.changed
                while i < len(job.events):
                    ev = job.events[i]
                    i += 1
                    if ev is not None:
                        yield _wire_event(ev, i)
                if job.terminal:
                    return
                try:
                    await asyncio.wait_for(changed.wait(), 10)
                except asyncio.TimeoutError:
                    yield b'{"type": "waiting"}\n'  # keeps proxies and clients from timing out

        return StreamingResponse(lines(), media_type="application/x-ndjson")

    @api.get("/jobs/{job_id}/result")
    async def result(self, job_id: str, request: Request):
        job = self._owned(job_id, request)
        if isinstance(job, JSONResponse):
            return job
        if job.state != "done" or job.result is None:
            last: dict[str, Any] = next((e for e in reversed(job.events) if e), {})
            return _error(409, last.get("message") or f"the job is {job.state}")
        del self.jobs[job_id]  # results are deleted on the server once fetched
        out = []
        for res in job.result["results"]:
            files = [{"name": n, "data": base64.b64encode(d).decode("ascii")} for n, d in res["files"]]
            out.append({**res, "files": files})
        return {"server": self.name, "results": out}

    @api.delete("/jobs/{job_id}")
    async def cancel(self, job_id: str, request: Request):
        job = self._owned(job_id, request)
        if isinstance(job, JSONResponse):
            return job
        user = job.user
        if job.terminal:
            return {"id": job_id, "state": job.state}
        job.cancel_requested = True
        if job.state == "queued" and self.queues[job.route].remove(user, job):
            job.end("cancelled")
        elif job.gen is not None:
            job.gen.cancel()
        return {"id": job_id, "state": "cancelling"}


def build_app(
    name: str,
    settings: Settings,
    limits: Limits,
    tokens: Path,
    *,
    replicas: int = 1,
    max_replicas: int | None = None,
    gpus: float = 0.0,
    cpus: float = 1.0,
    tls: bool = False,
):
    """The Serve application: three engine deployments and the gateway in front of them."""
    env = {k: os.environ[k] for k in ENV_KEYS if k in os.environ}
    runtime_env = {"env_vars": env} if env else {}
    max_replicas = max(replicas, max_replicas or replicas)
    options: dict[str, Any] = {"num_cpus": cpus, "num_gpus": gpus}
    if runtime_env:
        options["runtime_env"] = runtime_env
    scaling: dict[str, Any] = (
        {"num_replicas": replicas}
        if max_replicas == replicas
        else {
            "autoscaling_config": {
                "min_replicas": replicas,
                "max_replicas": max_replicas,
                "target_ongoing_requests": 1,
            }
        }
    )
    settings_dict = {k: v for k, v in vars(settings).items()}
    # Ray's overloads of serve.deployment type a bare class as a decorator call, not a Deployment
    engine = cast(serve.Deployment, serve.deployment(Engine))
    engines = {
        route: engine.options(
            name=DEPLOYMENT_NAMES[route], ray_actor_options=options, max_ongoing_requests=1, **scaling
        ).bind(name, settings_dict)
        for route in ROUTES
    }
    gateway_options: dict[str, Any] = {
        "num_cpus": min(cpus, 0.1),
        # the token file lives on the head machine
        "resources": {"node:__internal_head__": 0.001},
    }
    if runtime_env:
        gateway_options["runtime_env"] = runtime_env
    config = {
        "name": name,
        "limits": limits.as_dict(),
        "tokens": str(tokens),
        "tls": tls,
        "capacity": dict.fromkeys(ROUTES, max_replicas),
    }
    # @serve.deployment made Gateway a Deployment; Ray's stubs keep the class type
    gateway = cast(serve.Deployment, Gateway)
    return gateway.options(ray_actor_options=gateway_options).bind(engines, config)
