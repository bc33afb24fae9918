"""A Python user's unit tests of their stack, with cdktf's Testing helpers and our findings as data,
as the README shows them: run by test/bindings.test.ts with pytest."""
import json

from cdktf import Testing, TerraformStack
from cdktf_cluster_groups import (
    ClusterGroup,
    ClusterGroups,
    Connection,
    EndpointType,
    FindingSeverity,
    HostCapacity,
    HostEndpoint,
    HostKind,
    VirtualClusterResources,
)


def build_fleet(stack, cpu="4"):
    group = ClusterGroup(stack, "Lb", name="dc-lb", endpoint_type=EndpointType.LOAD_BALANCER)
    group.add_host(
        "dc1",
        name="dc1",
        kind=HostKind.PRIVATE_CLOUD,
        capacity=HostCapacity(cpu="32", memory="128Gi", storage="1Ti"),
        connection=Connection.kubeconfig("~/.kube/config", "dc1"),
        endpoint=HostEndpoint.metallb(address_pools=["10.1.0.16/28"]),
    )
    group.add_virtual_cluster("TeamA", name="team-a", resources=VirtualClusterResources(cpu=cpu))


def test_team_a_fits_on_the_fleet():
    stack = TerraformStack(Testing.app(), "fleet")
    build_fleet(stack)
    assert [f for f in ClusterGroups.findings_of(stack) if f.severity == FindingSeverity.ERROR] == []
    assert "team-a" in json.loads(Testing.synth(stack))["resource"]["helm_release"]["vcluster_dc1"]["for_each"]


def test_a_virtual_cluster_too_large_is_a_finding():
    stack = TerraformStack(Testing.app(), "fleet")
    build_fleet(stack, cpu="64")
    assert [(f.rule, f.path) for f in ClusterGroups.findings_of(stack)] == [("VC-2", "fleet/Lb/TeamA"), ("VC-4", "fleet/Lb/dc1")]
