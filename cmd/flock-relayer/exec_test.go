package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// execEnv makes the test binary, re-executed, be flock-relayer itself (main with the
// arguments given): tests run real flock-relayer processes (kill -9 included) without a
// separate build of the command.
const execEnv = "FLOCK_RELAYER_TEST_EXEC"

func TestMain(m *testing.M) {
	if os.Getenv(execEnv) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// process is a flock-relayer process a test started; its output goes to a log file kept in
// the test's temporary folder (printed when the test fails).
type process struct {
	t    testing.TB
	name string
	args []string
	log  string
	cmd  *exec.Cmd
	done chan error
}

// startProcess runs `flock-relayer args...` as process name; it is killed when the test ends.
func startProcess(t testing.TB, name string, args ...string) *process {
	t.Helper()
	p := &process{t: t, name: name, args: args, log: filepath.Join(t.TempDir(), name+".log")}
	p.start()
	t.Cleanup(func() {
		p.kill()
		if t.Failed() || os.Getenv("FLOCK_RELAYER_TEST_LOGS") != "" {
			if out, err := os.ReadFile(p.log); err == nil {
				t.Logf("%s output (last %d bytes):\n%s", name, logTail, tail(out, logTail))
			}
		}
	})
	return p
}

func (p *process) start() {
	p.t.Helper()
	f, err := os.OpenFile(p.log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		p.t.Fatal(err)
	}
	p.cmd = exec.Command(os.Args[0], p.args...)
	p.cmd.Env = append(os.Environ(), execEnv+"=1")
	p.cmd.Stdout, p.cmd.Stderr = f, f
	if err := p.cmd.Start(); err != nil {
		f.Close()
		p.t.Fatalf("starting %s: %v", p.name, err)
	}
	p.done = make(chan error, 1)
	go func() {
		p.done <- p.cmd.Wait()
		f.Close()
	}()
}

// kill sends SIGKILL (kill -9) and waits for the process to be gone.
func (p *process) kill() {
	if p.cmd == nil || p.cmd.Process == nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
	p.cmd = nil
}

// stop sends SIGTERM and returns the process's exit error (nil: a clean shutdown).
func (p *process) stop(timeout time.Duration) error {
	p.t.Helper()
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.done:
		p.cmd = nil
		return err
	case <-time.After(timeout):
		p.kill()
		p.t.Fatalf("%s did not stop within %s of SIGTERM", p.name, timeout)
		return nil
	}
}

// logTail is how much of a process's output a failed test prints.
const logTail = 20_000

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}
