"""`hybridstudio --help` and the parser load no heavy library: colour-science (with scipy, pandas
and its plotting modules) and the AI runtimes load when a command computes with them."""

from __future__ import annotations

import subprocess
import sys

from hybridstudio.testing import ROOT

HEAVY = ("colour", "scipy", "pandas", "matplotlib", "onnxruntime", "onnx", "tokenizers", "huggingface_hub")


def test_help_loads_no_heavy_library():
    code = (
        "import sys, runpy\n"
        "sys.argv = ['hybridstudio', '--help']\n"
        "try:\n"
        "    runpy.run_module('hybridstudio', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"bad = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
        "print('LOADED', bad); sys.exit(1 if bad else 0)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    assert "usage: hybridstudio" in res.stdout


def test_colour_science_loads_on_first_use_and_computes():
    code = (
        "import sys\n"
        "from hybridstudio.separation.colours import delta_e2000, srgb_to_lab\n"
        "assert 'colour' not in sys.modules\n"
        "lab = srgb_to_lab([[1.0, 1.0, 1.0], [0.0, 0.0, 0.0]])\n"
        "assert 'colour' in sys.modules\n"
        "mpl = sys.modules.get('matplotlib')\n"
        "assert mpl is None or mpl.__spec__ is not None  # no spec-less stand-in left behind\n"
        "print(round(float(lab[0][0]), 3), round(float(lab[1][0]), 3), "
        "round(float(delta_e2000(lab[0], lab[1])), 3))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    white, black, de = map(float, res.stdout.split())
    assert white == 100.0 and black == 0.0 and de == 100.0  # CIELAB white and black, ΔE00 between
