// kube-scheduler of the pinned release, as its own command builds it: without it, no pod of
// a Deployment, StatefulSet or DaemonSet is bound to the nodes kwok fakes.
package main

import (
	"os"

	"k8s.io/component-base/cli"
	"k8s.io/kubernetes/cmd/kube-scheduler/app"
)

func main() {
	os.Exit(cli.Run(app.NewSchedulerCommand()))
}
