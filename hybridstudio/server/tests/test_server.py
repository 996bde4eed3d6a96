"""The school server on a real Ray cluster (127.0.0.1, CPU replicas): the same pixels as on this
computer, access tokens, limits, cancel, a replica killed mid-job, results deleted once fetched."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from hybridstudio.cli import main
from hybridstudio.core.cancel import CancelToken
from hybridstudio.core.errors import Cancelled
from hybridstudio.core.executor import Executor
from hybridstudio.core.recipe import Recipe, RecipeStep
from hybridstudio.core.settings import Settings
from hybridstudio.server.client import ServerClient, ServerError, ServerUnreachable
from hybridstudio.server.fairness import FairQueue
from hybridstudio.server.tokens import TokenStore
from hybridstudio.testing import photo, shared_dir
from hybridstudio.testing.diffusion import tiny_model
from hybridstudio.testing.server import (
    CuttableLine,
    School,
    self_signed_certificate,
    server_env,
    start_school,
    stop_school,
)
from hybridstudio.ui.tests.clicks import click

UPSCALE_RECIPE = """
hybridstudio_recipe = 1
name = "Upscale then grey"
[[steps]]
kind = "upscale"
model = "esrgan-slim-x2"
tile = 48
[[steps]]
kind = "greyscale"
"""


def _png(path: Path, rgb: np.ndarray) -> Path:
    Image.fromarray((rgb * 255 + 0.5).astype(np.uint8)).save(path)
    return path


def _pixels(path: Path) -> np.ndarray:
    with Image.open(path) as im:
        return np.asarray(im)


# ---- without a cluster --------------------------------------------------------------------------


def test_tokens_are_stored_as_hashes_and_revoked(tmp_path, capsys):
    store = tmp_path / "tokens.json"
    assert main(["serve", "token", "add", "class-2a", "--tokens", str(store)]) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("hs_") and len(token) > 40
    assert token not in store.read_text()  # only the hash is kept
    assert TokenStore(store).check(token) == "class-2a"
    assert TokenStore(store).check(token + "x") is None
    assert main(["serve", "token", "add", "class-2a", "--tokens", str(store)]) == 1
    assert "exists already" in capsys.readouterr().err
    assert main(["serve", "token", "list", "--tokens", str(store)]) == 0
    assert "class-2a" in capsys.readouterr().out
    assert main(["serve", "token", "revoke", "class-2a", "--tokens", str(store)]) == 0
    assert TokenStore(store).check(token) is None


def test_fair_queue_serves_users_in_turn_under_their_cap():
    q: FairQueue[str] = FairQueue(cap=1)
    for i in range(5):
        q.push("alice", f"a{i}")
    q.push("bob", "b0")
    q.push("carol", "c0")
    running: dict[str, int] = {}
    order = []
    while (nxt := q.pop(running)) is not None:
        user, job = nxt
        order.append(job)
        running[user] = running.get(user, 0) + 1
        if len(order) >= 3:
            assert q.pop(running) is None  # everyone is at the cap: nothing more starts
            running.clear()  # their jobs finish
    assert order[:3] == ["a0", "b0", "c0"]  # one student's five jobs do not hold up the others
    assert order[3:] == ["a1", "a2", "a3", "a4"]


def test_unreachable_server_is_a_clear_message(tmp_path):
    client = ServerClient("http://127.0.0.1:9", "hs_x", timeout=3)
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        client.health()


# ---- a real cluster -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    ray = pytest.importorskip("ray")
    base = tmp_path_factory.mktemp("school")
    models = tiny_model(tmp_path_factory.mktemp("tiny-server"), "lcm")
    subprocess.run(
        [sys.executable, "-m", "hybridstudio", "models", "import", str(models), "--id", "tiny-lcm"],
        env=server_env(base),
        check=True,
        capture_output=True,
    )
    store = TokenStore(base / "tokens.json")
    tokens = {name: store.add(name) for name in ("alice", "bob", "mallory")}
    store.revoke("mallory")
    ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        _node_ip_address="127.0.0.1",
    )
    try:
        extra = [
            "--cpus-per-replica",
            "0.2",
            "--max-steps",
            "20",
            "--max-pixels",
            "200000",
            "--max-batch",
            "3",
            "--max-upload-mb",
            "1.5",
            "--result-ttl",
            "120",
        ]
        s = start_school(base, ray.get_runtime_context().gcs_address, extra)
        s.tokens = tokens
        s.extra = extra
        s.model_folder = models
        yield s
        stop_school(s)
    finally:
        ray.shutdown()


def _cli(school: School, *args: str, token: str = "alice") -> list[str]:
    return [*args, "--server", school.url, "--token", school.tokens[token]]


def test_tokens_refused_and_accepted(school):
    for token, message in (
        (None, "no access token"),
        ("hs_guess", "not valid"),
        (school.tokens["mallory"], "not valid"),
    ):  # revoked
        with pytest.raises(ServerError, match=message) as err:
            ServerClient(school.url, token or "").info()
        assert err.value.status == 401
    info = ServerClient(school.url, school.tokens["bob"]).info()
    assert info["user"] == "bob" and info["server"] == "test-school"
    assert "tiny-lcm" in info["models"] and "esrgan-slim-x2" in info["models"]
    assert info["machines"]["upscale"]["device"] == "cpu"


def test_serve_connect_points_the_app_at_the_server(school, capsys):
    assert main(["serve", "connect", school.url, "--token", "hs_wrong"]) == 1
    assert "not valid" in capsys.readouterr().err
    assert Settings.load().compute == "local"
    assert main(["serve", "connect", school.url, "--token", school.tokens["bob"]]) == 0
    assert "connected to school server test-school as bob" in capsys.readouterr().out
    s = Settings.load()
    assert (s.compute, s.server_url, s.server_token) == ("server", school.url, school.tokens["bob"])


def test_recipe_on_server_gives_the_same_pixels_and_names_where_it_ran(school, tmp_path, capsys):
    src = _png(tmp_path / "crop.png", photo("astronaut")[100:164, 180:260])
    recipe = tmp_path / "r.toml"
    recipe.write_text(UPSCALE_RECIPE)
    assert main(_cli(school, "run", str(recipe), "-i", str(src), "-o", str(tmp_path / "remote"))) == 0
    out = capsys.readouterr().out
    assert "computed on: school server test-school" in out
    remote = sorted((tmp_path / "remote").glob("*.png"))
    assert len(remote) == 1
    local = Executor(Settings()).run(Recipe.loads(UPSCALE_RECIPE), [src], tmp_path / "local")[0]
    local_png = next(p for p in local.outputs if p.suffix == ".png")
    assert remote[0].name == local_png.name
    assert np.array_equal(_pixels(remote[0]), _pixels(local_png))
    record = json.loads(remote[0].with_name(remote[0].name + ".hybridstudio.json").read_text())
    assert record["compute"]["server"] == "test-school" and record["compute"]["device"] == "cpu"
    assert record["inputs"][0]["path"] == "crop.png"  # never a path on the server
    assert record["cost"]["energy_wh"] > 0 and record["steps"][0]["ai"]["model"]["id"] == "esrgan-slim-x2"
    # the same run again never replaces the first outputs
    assert main(_cli(school, "run", str(recipe), "-i", str(src), "-o", str(tmp_path / "remote"))) == 0
    assert len(list((tmp_path / "remote").glob("*.png"))) == 2


def test_upscale_command_on_server_matches_this_computer(school, tmp_path, capsys):
    src = _png(tmp_path / "leaf.png", photo("coffee")[60:124, 200:280])
    assert (
        main(
            _cli(
                school,
                "upscale",
                str(src),
                "-m",
                "esrgan-slim-x2",
                "--tile",
                "32",
                "-o",
                str(tmp_path / "remote"),
            )
        )
        == 0
    )
    assert (
        main(["upscale", str(src), "-m", "esrgan-slim-x2", "--tile", "32", "-o", str(tmp_path / "local")])
        == 0
    )
    out = capsys.readouterr().out
    assert "computed on: school server test-school" in out
    remote, local = tmp_path / "remote" / "leaf-x2.png", tmp_path / "local" / "leaf-x2.png"
    assert _pixels(remote).shape == (128, 160, 3)
    # the server runs the upscale step: exactly what that step gives here
    step = Recipe.loads(
        'hybridstudio_recipe = 1\nname = "u"\n[[steps]]\nkind = "upscale"\n'
        'model = "esrgan-slim-x2"\ntile = 32\n'
    )
    here = Executor(Settings()).run(step, [src], tmp_path / "step")[0]
    assert np.array_equal(_pixels(remote), _pixels(next(p for p in here.outputs if p.suffix == ".png")))
    # the local command reads the file through its own 16-bit raster path: at most one level apart
    assert np.abs(_pixels(remote).astype(int) - _pixels(local)).max() <= 1
    assert (
        json.loads((tmp_path / "remote" / "leaf-x2.png.hybridstudio.json").read_text())["compute"]["server"]
        == "test-school"
    )


def test_generate_on_server_same_seed_same_pixels_with_previews(school, tmp_path, capsys):
    remote = tmp_path / "remote.png"
    local = tmp_path / "local.png"
    assert (
        main(
            _cli(
                school,
                "generate",
                "a linocut fox",
                "-m",
                "tiny-lcm",
                "--seed",
                "11",
                "--steps",
                "3",
                "-o",
                str(remote),
            )
        )
        == 0
    )
    assert (
        main(
            [
                "generate",
                "a linocut fox",
                "-m",
                str(school.model_folder),
                "--seed",
                "11",
                "--steps",
                "3",
                "-o",
                str(local),
            ]
        )
        == 0
    )
    assert (
        main(
            _cli(
                school,
                "generate",
                "a linocut fox",
                "-m",
                "tiny-lcm",
                "--seed",
                "11",
                "--steps",
                "3",
                "--batch",
                "2",
                "-o",
                str(tmp_path / "b.png"),
            )
        )
        == 0
    )
    capsys.readouterr()
    assert np.array_equal(_pixels(remote), _pixels(local))
    assert np.array_equal(_pixels(tmp_path / "b-11.png"), _pixels(local))  # seeds 11, 12
    assert not np.array_equal(_pixels(tmp_path / "b-12.png"), _pixels(local))
    events, previews = [], []
    recipe = Recipe.loads(
        'hybridstudio_recipe = 1\nname = "g"\n[[steps]]\nkind = "generate"\n'
        'model = "tiny-lcm"\nprompt = "riso poster"\nseed = 5\nsteps = 4\n'
    )
    res = ServerClient(school.url, school.tokens["bob"]).run(
        recipe, on_event=events.append, on_preview=previews.append
    )
    kinds = [e["type"] for e in events]
    assert kinds[0] == "queued" and "started" in kinds and kinds[-1] == "done"
    assert "progress" in kinds and previews and previews[0].ndim == 3
    assert res[0].record["steps"][0]["ai"]["seed"] == 5


@pytest.mark.parametrize(
    "case, limit",
    [
        ("steps", "steps"),
        ("pixels", "pixels"),
        ("batch", "batch"),
        ("upload", "upload bytes"),
        ("model path", "model"),
        ("server file", "path"),
    ],
)
def test_limits_are_refused_by_name(school, tmp_path, case, limit):
    client = ServerClient(school.url, school.tokens["alice"])
    small = _png(tmp_path / "small.png", photo("coffee")[:64, :64])
    inputs = [small]
    text = UPSCALE_RECIPE
    if case == "steps":
        text, inputs = (
            'hybridstudio_recipe = 1\nname = "g"\n[[steps]]\nkind = "generate"\n'
            'model = "tiny-lcm"\nprompt = "x"\nsteps = 30\n',
            [],
        )
    elif case == "pixels":
        inputs = [_png(tmp_path / "big.png", photo("astronaut")[:, :])]  # 512×512 > 200000
    elif case == "batch":
        inputs = [small] * 4
    elif case == "upload":
        noise = np.random.default_rng(0).random((540, 540, 3)).astype(np.float32)  # ≈ 0.9 MB PNG
        inputs = [_png(tmp_path / "n1.png", noise), _png(tmp_path / "n2.png", noise[::-1])]
    elif case == "model path":
        text = UPSCALE_RECIPE.replace(
            '"esrgan-slim-x2"', json.dumps(str(shared_dir() / "models" / "esrgan-slim-x2.onnx"))
        )
    elif case == "server file":
        text = 'hybridstudio_recipe = 1\nname = "l"\n[[steps]]\nkind = "cube_lut"\npath = "/etc/passwd"\n'
    with pytest.raises(ServerError) as err:
        client.run(Recipe.loads(text), inputs)
    assert err.value.limit == limit, str(err.value)
    assert err.value.status in (413, 422)


def _kill_replica(replica: str) -> None:
    import ray

    for actor in ray.util.list_named_actors(all_namespaces=True):
        if replica in actor["name"]:
            ray.kill(ray.get_actor(actor["name"], namespace=actor["namespace"]), no_restart=True)
            return
    raise AssertionError(f"no replica {replica}")


def test_replica_killed_mid_job_is_retried_without_mixing_results(school, tmp_path):
    src = _png(tmp_path / "face.png", photo("astronaut")[:160, 160:320])
    recipe = Recipe.loads(
        UPSCALE_RECIPE.replace("esrgan-slim-x2", "esrgan-medium-x4").replace("tile = 48", "tile = 32")
    )
    events: list[dict] = []
    killed = threading.Event()

    def on_event(ev: dict) -> None:
        events.append(ev)
        if ev["type"] == "progress" and ev["fraction"] > 0.05 and not killed.is_set():
            killed.set()
            started = next(e for e in events if e["type"] == "started")
            _kill_replica(started["replica"])

    res = ServerClient(school.url, school.tokens["alice"]).run(recipe, [src], on_event=on_event)
    kinds = [e["type"] for e in events]
    assert killed.is_set() and "retry" in kinds and kinds[-1] == "done"
    replicas = [e["replica"] for e in events if e["type"] == "started"]
    assert len(replicas) == 2 and replicas[0] != replicas[1]
    name, data = res[0].main_file
    (tmp_path / name).write_bytes(data)
    ref = Executor(Settings()).run(recipe, [src], tmp_path / "local")[0]
    assert np.array_equal(
        _pixels(tmp_path / name), _pixels(next(p for p in ref.outputs if p.suffix == ".png"))
    )


def test_cancel_stops_the_job_on_the_server(school, tmp_path):
    src = _png(tmp_path / "large.png", photo("astronaut")[:320, :320])
    slow = Recipe.loads(
        UPSCALE_RECIPE.replace("esrgan-slim-x2", "esrgan-thick-x4").replace("tile = 48", "tile = 32")
    )
    client = ServerClient(school.url, school.tokens["bob"])
    token = CancelToken()
    seen: list[dict] = []

    asked: list[float] = []

    def on_event(ev: dict) -> None:
        seen.append(ev)
        if ev["type"] == "progress" and ev["fraction"] > 0 and not asked:
            asked.append(time.monotonic())
            token.cancel()

    with pytest.raises(Cancelled):
        client.run(slow, [src], cancel=token, on_event=on_event)
    print(f"cancelled {time.monotonic() - asked[0]:.1f} s after asking")
    assert time.monotonic() - asked[0] < 20
    assert seen[-1]["type"] == "cancelled"
    # the upscale replica is free again at once: a small job on it finishes quickly
    small = _png(tmp_path / "small.png", photo("coffee")[:48, :48])
    t1 = time.monotonic()
    client.run(Recipe.loads(UPSCALE_RECIPE.replace('[[steps]]\nkind = "greyscale"\n', "")), [small])
    print(f"next job done after {time.monotonic() - t1:.1f} s")
    assert time.monotonic() - t1 < 30


def test_results_are_deleted_once_fetched(school, tmp_path):
    client = ServerClient(school.url, school.tokens["alice"])
    src = _png(tmp_path / "s.png", photo("coffee")[:32, :32])
    job = client.submit(Recipe.loads(UPSCALE_RECIPE), [src])
    assert [e["type"] for e in client.events(job)][-1] == "done"
    with pytest.raises(ServerError):  # bob cannot read alice's job
        ServerClient(school.url, school.tokens["bob"]).result(job)
    assert client.result(job)[0].files
    with pytest.raises(ServerError) as err:
        client.result(job)
    assert err.value.status == 404
    # a job the server does not know (it restarted, or the job expired): a message that says so
    with pytest.raises(ServerError, match="no longer knows this job"):
        list(client.events(job))


def test_server_start_warns_without_certificate_and_names_the_join_command(school):
    import ray

    log = (school.base / "serve.log").read_text()
    assert "warning: no certificate (--cert/--key)" in log and "unencrypted" in log
    gcs = ray.get_runtime_context().gcs_address
    assert f'RAY_AUTH_MODE=token RAY_AUTH_TOKEN="$(cat auth_token)" ray start --address={gcs}' in log
    assert "~/.ray/auth_token" in log


def test_a_dropped_connection_mid_job_still_delivers_the_result(school, tmp_path):
    src = _png(tmp_path / "cat.png", photo("chelsea")[80:160, 100:200])
    line = CuttableLine(int(school.url.rsplit(":", 1)[1]))
    events: list[dict] = []

    def on_event(ev: dict) -> None:
        events.append(ev)
        if ev["type"] == "started":
            line.cut()  # the student's Wi-Fi drops while the job runs on the server

    try:
        t0 = time.monotonic()
        res = ServerClient(f"http://127.0.0.1:{line.port}", school.tokens["alice"]).run(
            Recipe.loads(UPSCALE_RECIPE), [src], on_event=on_event
        )
        print(f"result after the cut in {time.monotonic() - t0:.1f} s, {line.accepted} connections")
    finally:
        line.close()
    seqs = [e["seq"] for e in events]
    assert seqs == sorted(set(seqs)) and events[-1]["type"] == "done"  # resumed, nothing repeated
    assert line.accepted >= 4  # submit, events, events again after the cut, result
    name, data = res[0].main_file
    (tmp_path / name).write_bytes(data)
    ref = Executor(Settings()).run(Recipe.loads(UPSCALE_RECIPE), [src], tmp_path / "local")[0]
    assert np.array_equal(
        _pixels(tmp_path / name), _pixels(next(p for p in ref.outputs if p.suffix == ".png"))
    )


def test_gateway_restart_mid_job_says_send_it_again_and_mixes_nothing(school, tmp_path):
    src = _png(tmp_path / "rocket.png", photo("rocket")[100:196, 150:270])
    alice = ServerClient(school.url, school.tokens["alice"])
    restarted = threading.Event()

    def on_event(ev: dict) -> None:
        if ev["type"] == "progress" and not restarted.is_set():
            restarted.set()
            _kill_replica("#Gateway#")  # the server's front restarts: its jobs in memory are gone

    t0 = time.monotonic()
    with pytest.raises(ServerError, match="no longer knows this job .*send it again"):
        alice.run(Recipe.loads(UPSCALE_RECIPE), [src], on_event=on_event)
    print(f"told to send it again {time.monotonic() - t0:.1f} s after submitting")
    assert restarted.is_set()
    # the server works again, and bob's next job gets bob's own picture, not alice's lost one
    small = _png(tmp_path / "coin.png", photo("coins")[:48, :64])
    res = ServerClient(school.url, school.tokens["bob"]).run(Recipe.loads(UPSCALE_RECIPE), [small])
    assert len(res) == 1 and res[0].source == "coin.png"
    name, data = res[0].main_file
    (tmp_path / name).write_bytes(data)
    assert _pixels(tmp_path / name).shape[:2] == (96, 128)


def test_runner_falls_back_to_this_computer_only_when_allowed(tmp_path):
    from hybridstudio.core.payloads import ImagePayload
    from hybridstudio.server.runner import runner_for

    recipe = Recipe.loads('hybridstudio_recipe = 1\nname = "grey"\n[[steps]]\nkind = "greyscale"\n')
    image = ImagePayload(photo("coffee")[:40, :40].copy(), source="coffee.png")
    base = Settings(compute="server", server_url="http://127.0.0.1:9", server_token="hs_x")
    res = runner_for(base, Executor(base)).run(recipe, [image])[0]
    assert "cannot be reached" in res.warnings[0] and "this computer instead" in res.warnings[0]
    assert res.payload.pixels.shape == (40, 40, 3)
    strict = Settings(compute="server", server_url="http://127.0.0.1:9", server_fallback=False)
    with pytest.raises(ServerUnreachable):
        runner_for(strict, Executor(strict)).run(recipe, [image])
    assert isinstance(runner_for(Settings(), Executor(Settings())), Executor)  # local: the executor


@pytest.mark.gui
def test_app_generates_on_the_school_server_and_names_it(school, qtbot, tmp_path):
    from hybridstudio.core.step import get_step
    from hybridstudio.testing.ui import make_window, wait_jobs
    from hybridstudio.ui.jobs import DONE
    from hybridstudio.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(Settings())
    qtbot.addWidget(dlg)
    box = dlg.server
    box.compute_on.setCurrentIndex(box.compute_on.findData("server"))
    box.server_url.setText(school.url)
    box.server_token.setText(school.tokens["alice"])
    click(qtbot, dlg, "serverCheck")
    assert "Connected to test-school as alice" in box.server_status.text()
    settings = dlg.result_settings()
    assert (settings.compute, settings.server_url) == ("server", school.url)

    w = make_window(qtbot, settings=settings)
    assert "School server" in w.device_label.text()
    params = {p.name: p.default for p in get_step("generate").params}
    params.update(prompt="a heron in the reeds", model="tiny-lcm", width=64, height=64, steps=3, seed=7)
    job = w.studio.generate("generate", params)
    wait_jobs(qtbot, w, timeout=120)
    assert job.status == DONE, job.error
    assert "School server test-school" in w.device_label.text()
    assert "test-school" in w.device_label.toolTip()
    local_params = {**params, "model": str(school.model_folder)}
    local = Executor(Settings()).run(
        Recipe(name="g", steps=[RecipeStep("generate", local_params)]), None, None
    )[0]
    assert np.abs(w.model.source.pixels - local.payload.pixels).max() <= 0.5 / 255 + 1e-6


def test_https_with_the_schools_certificate(school, tmp_path, capsys, monkeypatch):
    """The one extra server start: the same school, now with its own certificate (HTTPS)."""
    import ray

    from hybridstudio.server.client import CA_ENV

    cert, key = self_signed_certificate(tmp_path)
    stop_school(school)
    tls = start_school(
        school.base,
        ray.get_runtime_context().gcs_address,
        [*school.extra, "--cert", str(cert), "--key", str(key)],
        ca_file=str(cert),
    )
    school.proc = tls.proc  # the module's teardown stops this one
    assert tls.url.startswith("https://")
    assert "no certificate" not in (school.base / "serve.log").read_text()
    src = _png(tmp_path / "cup.png", photo("coffee")[:48, :64])
    args = [
        "upscale",
        str(src),
        "-m",
        "esrgan-slim-x2",
        "--tile",
        "32",
        "-o",
        str(tmp_path / "out"),
        "--server",
        tls.url,
        "--token",
        school.tokens["alice"],
    ]
    monkeypatch.delenv(CA_ENV, raising=False)
    assert main(args) == 1  # this computer does not trust the school's own certificate yet
    err = capsys.readouterr().err
    assert "certificate this computer does not trust" in err and CA_ENV in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv(CA_ENV, str(cert))
    assert main(args) == 0
    out = capsys.readouterr()
    assert "computed on: school server test-school" in out.out and "warning" not in out.err
    assert _pixels(tmp_path / "out" / "cup-x2.png").shape == (96, 128, 3)


def test_another_machine_joins_with_the_printed_command(school, tmp_path):
    """The join line `hybridstudio serve` prints, run as a second machine would (a second raylet
    here, on 127.0.0.1), adds its processors to the cluster."""
    import os
    import shutil
    import signal

    import ray

    line = next(
        x.strip() for x in (school.base / "serve.log").read_text().splitlines() if "ray start --address=" in x
    )
    shutil.copy(Path.home() / ".ray" / "auth_token", tmp_path / "auth_token")  # the copied token
    ray_bin = str(Path(sys.executable).parent)
    # one machine standing for two: its own IP and no clash with the first node's fixed ports
    same_host = "--block --num-cpus=1 --node-ip-address=127.0.0.1 --object-store-memory=80000000"
    before = sum(n["Alive"] for n in ray.nodes())
    t0 = time.monotonic()
    proc = subprocess.Popen(
        ["bash", "-c", f"{line} {same_host}"],
        cwd=tmp_path,
        env={**os.environ, "PATH": f"{ray_bin}:{os.environ['PATH']}"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        text=True,
    )
    try:
        while sum(n["Alive"] for n in ray.nodes()) <= before:
            assert proc.poll() is None, proc.stdout.read()
            assert time.monotonic() - t0 < 90, "the second machine did not join in 90 s"
            time.sleep(1.0)
        print(f"joined in {time.monotonic() - t0:.1f} s")
        assert ray.cluster_resources()["CPU"] >= 3  # the fixture's two and the new machine's one
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
