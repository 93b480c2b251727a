import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PAGES = WORKFLOWS / "pages.yml"
BIN = Path(sys.executable).parent
ALLOWED_HIGH = {"unpinned-uses"}  # pinning to commits is left to the repository's owner


def tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed (pip install {name})")
    return str(found)


@pytest.fixture(scope="module")
def workflow() -> dict:
    return YAML(typ="safe").load(PAGES.read_text(encoding="utf-8"))


def test_matches_githubs_workflow_schema():
    run = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(PAGES)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_zizmor_finds_nothing_severe_but_unpinned_actions():
    run = subprocess.run(
        [tool("zizmor"), "--offline", "--format", "json", str(WORKFLOWS)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.stdout.strip(), run.stderr
    findings = json.loads(run.stdout)
    severe = {
        f["ident"] for f in findings if f["determinations"]["severity"] == "High"
    } - ALLOWED_HIGH
    assert severe == set(), run.stdout


def test_builds_strictly_and_deploys_on_push_to_main(workflow):
    assert workflow["on"]["push"]["branches"] == ["main"]
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    steps = build["steps"]
    uses = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert uses == [
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
    ]
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["needs"] == "build"
    make = next(s for s in steps if "run" in s)
    assert make["run"].split() == ["make", "publish", "STRICT=1"]
    pages_id = next(s["id"] for s in steps if s.get("uses", "").startswith("actions/configure"))
    assert make["env"]["SITEURL"] == f"${{{{ steps.{pages_id}.outputs.base_url }}}}"
    upload = next(s for s in steps if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "output"


def test_least_privilege_cached_and_serialized(workflow):
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    steps = workflow["jobs"]["build"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["persist-credentials"] is False
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["cache"] == "pip"
    assert workflow["concurrency"]["group"]
