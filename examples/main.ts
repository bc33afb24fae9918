import { App } from 'cdktf';
import { ClusterGroups } from '../constructs';
import { FleetStack } from './fleet-stack';

// The default example: one LoadBalancer group on three MetalLB hosts, one Ingress group on two ingress-nginx hosts.
const app = new App();
new FleetStack(app, 'fleet');
ClusterGroups.synthesize(app);
