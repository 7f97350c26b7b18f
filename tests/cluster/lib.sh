# tests/cluster/lib.sh - the hosts of check-cluster (sourced by run).
#
# Network: namespaces litu-ck-PID-net (a bridge, br0, and nothing
# else), -client (10.213.0.1: the commands under test), -ctl
# (10.213.0.2: munged, slurmctld) and -h1, -h2, -h3 (10.213.0.11-13:
# an sshd each, later a slurmd each).  Every veth pair is made inside
# the bridge's namespace with its other end moved straight into a
# host's: the subnet never exists in the machine's own namespace, so
# no packet of the test can leave the machine.
#
# Every daemon's PID is recorded in $T/pids; teardown kills, by PID,
# those and every process left in one of the run's namespaces (`ip
# netns pids`), then deletes the namespaces and $T.  run calls it on
# EXIT, INT, TERM and HUP.

ck=litu-ck-$$
net=10.213.0
hosts="h1 h2 h3"

# addr NAME: a node's address.
addr() {
	case $1 in
	client) echo "$net.1" ;;
	ctl) echo "$net.2" ;;
	h1) echo "$net.11" ;;
	h2) echo "$net.12" ;;
	h3) echo "$net.13" ;;
	esac
}

# remember PID: a daemon to stop at teardown.
remember() {
	echo "$1" >>"$T/pids"
}

# net_up: the bridge namespace and a namespace per node, wired to it.
net_up() {
	local n
	ip netns add "$ck-net" || return 1
	ip -n "$ck-net" link set lo up
	ip -n "$ck-net" link add br0 type bridge
	ip -n "$ck-net" link set br0 up
	for n in client ctl $hosts; do
		ip netns add "$ck-$n" || return 1
		ip -n "$ck-net" link add "$n" type veth peer name eth0 \
		    netns "$ck-$n" || return 1
		ip -n "$ck-net" link set "$n" master br0 up
		ip -n "$ck-$n" link set lo up
		ip -n "$ck-$n" addr add "$(addr "$n")/24" dev eth0
		ip -n "$ck-$n" link set eth0 up
	done
}

# keys_up: the user key, a host key per host, the client's ssh config,
# each host's sshd config; the install every host gets (make install).
keys_up() {
	local h
	mkdir -p "$T/ssh" "$T/stage"
	ssh-keygen -q -t ed25519 -N '' -C litu-ck -f "$T/ssh/id" || return 1
	make -s --no-print-directory -C "$top" install \
	    DESTDIR="$T/stage" PREFIX=/usr/local >"$T/install.log" 2>&1 || {
		cat "$T/install.log"
		return 1
	}
	mkdir -p "$T/stage/usr/local/etc/ck-ssh"
	cp "$T/ssh/id.pub" "$T/stage/usr/local/etc/ck-ssh/authorized_keys"
	{
		echo "Host *"
		echo "  User root"
		echo "  IdentityFile $T/ssh/id"
		echo "  IdentitiesOnly yes"
		echo "  StrictHostKeyChecking no"
		echo "  UserKnownHostsFile /dev/null"
		echo "  GlobalKnownHostsFile /dev/null"
		echo "  LogLevel ERROR"
		echo "  BatchMode yes"
		echo "  ConnectTimeout 3"
		echo "  ServerAliveInterval 1"
		echo "  ServerAliveCountMax 3"
		for h in $hosts; do
			echo "Host $h"
			echo "  HostName $(addr "$h")"
		done
	} >"$T/ssh/config"
	for h in $hosts; do
		mkdir -p "$T/host-$h/usr/local/etc/ck-ssh"
		cp -a "$T/stage/usr/local/." "$T/host-$h/usr/local/"
		ssh-keygen -q -t ed25519 -N '' -C "$h" \
		    -f "$T/host-$h/usr/local/etc/ck-ssh/host_key" || return 1
		cat >"$T/host-$h/usr/local/etc/ck-ssh/sshd_config" <<EOF
ListenAddress $(addr "$h"):22
HostKey /usr/local/etc/ck-ssh/host_key
AuthorizedKeysFile /usr/local/etc/ck-ssh/authorized_keys
PidFile none
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PrintMotd no
PrintLastLog no
UseDNS no
MaxStartups 64:30:128
MaxSessions 64
LogLevel INFO
EOF
	done
}

# host_up NAME: NAME's sshd, in its namespaces, with its own files.
host_up() {
	local h=$1
	# (in a subshell: the shell is not its parent, so that its death
	# in a crash case is not reported as a killed job)
	(
		ip netns exec "$ck-$h" unshare --mount --uts --propagation private \
		    sh "$top/tests/cluster/host-init" "$h" "$T/host-$h/usr/local" \
		    /usr/local/etc/ck-ssh/sshd_config "$top" </dev/null \
		    >>"$T/sshd-$h.log" 2>&1 &
		remember $!
	)
}

# on_client CMD...: CMD in the client's namespace, in a clean
# environment (ssh through the generated config; the client's filters
# from the tree's bin/).
on_client() {
	ip netns exec "$ck-client" env -i \
	    PATH="$top/bin:/usr/local/bin:/usr/bin:/bin" HOME="$T/home" \
	    LC_ALL=C TMPDIR="$T/tmp" PARALLEL_SSH="ssh -F $T/ssh/config" \
	    SLURM_CONF="$T/slurm/slurm.conf" "$@"
}

# hosts_up: every host's sshd, then wait until each answers ssh with
# the filters on its PATH.
hosts_up() {
	local h i
	mkdir -p "$T/home" "$T/tmp"
	for h in $hosts; do
		host_up "$h"
	done
	for h in $hosts; do
		i=0
		until on_client ssh -F "$T/ssh/config" "$h" \
		    'command -v classify-labour' >/dev/null 2>&1; do
			i=$((i + 1))
			if [ $i -gt 50 ]; then
				echo "# $h: no ssh after 10 s:"
				sed 's/^/#   /' "$T/sshd-$h.log"
				return 1
			fi
			sleep 0.2
		done
	done
}

# crash NAME: the host NAME dies: every process in its namespace is
# killed at once (sshd, the sessions, the filters, a slurmd and its
# steps); the namespace and its address stay, so connections to it
# are refused, as to a host that rebooted without its daemons.
crash() {
	local p
	for p in $(ip netns pids "$ck-$1"); do
		kill -9 "$p" 2>/dev/null
	done
	return 0
}

# link_down NAME: NAME's cable pulled (its end of the bridge down):
# its processes go on, unreachable.
link_down() {
	ip -n "$ck-net" link set "$1" down
}

# teardown: stop everything the run started, by PID, delete the
# namespaces and the folder.  Safe to call twice.
teardown() {
	local n p i
	[ -n "${T:-}" ] || return 0
	if [ -f "$T/pids" ]; then
		while read -r p; do
			kill "$p" 2>/dev/null
		done <"$T/pids"
	fi
	for n in $(ip netns list 2>/dev/null | awk -v p="$ck-" 'index($1, p) == 1 { print $1 }'); do
		for p in $(ip netns pids "$n" 2>/dev/null); do
			kill -9 "$p" 2>/dev/null
		done
	done
	if [ -f "$T/pids" ]; then
		while read -r p; do
			kill -9 "$p" 2>/dev/null
		done <"$T/pids"
		# Orphans are reaped by init: wait until they are gone.
		for i in $(seq 50); do
			while read -r p; do
				kill -0 "$p" 2>/dev/null && break
			done <"$T/pids" || break
			sleep 0.1
		done
	fi
	wait 2>/dev/null
	for n in $(ip netns list 2>/dev/null | awk -v p="$ck-" 'index($1, p) == 1 { print $1 }'); do
		ip netns del "$n" 2>/dev/null
	done
	if [ -n "${keep:-}" ]; then
		rm -rf "$top/tests/out/cluster"
		mkdir -p "$top/tests/out"
		cp -a "$T" "$top/tests/out/cluster" 2>/dev/null &&
		    echo "# its folder copied to tests/out/cluster"
	fi
	rm -rf "$T"
	T=
}

# leftovers: what teardown missed, one line each (namespaces of this
# run, processes started by it or running from its folder).
leftovers() {
	local p c
	ip netns list 2>/dev/null | awk -v p="$ck-" 'index($1, p) == 1 { print "namespace " $1 }'
	while read -r p; do
		kill -0 "$p" 2>/dev/null && echo "process $p ($(cat "/proc/$p/comm" 2>/dev/null))"
	done <"$1"
	# (no grep -- "$2": its own command line would hold the pattern)
	for p in /proc/[0-9]*; do
		c=$( { tr '\0' ' ' <"$p/cmdline"; } 2>/dev/null) || continue
		case $c in
		*"$2"*) echo "process ${p#/proc/} (${c:0:60})" ;;
		esac
	done
	return 0
}

# revive NAME: NAME back up after a crash (a new sshd), answering ssh.
revive() {
	ip -n "$ck-net" link set "$1" up
	host_up "$1"
	local i=0
	until on_client ssh -F "$T/ssh/config" "$1" true >/dev/null 2>&1; do
		i=$((i + 1))
		[ $i -le 50 ] || { echo "# $1: no ssh after revival"; return 1; }
		sleep 0.2
	done
}

# when_busy NAME WHAT: in the background, as soon as NAME is busy
# with a job, do WHAT to NAME (crash or link_down): a host lost in the
# middle of a job.  Busy: a process of NAME's other than its idle
# daemons (sshd's listener and its children before the login, slurmd):
# a logged-in ssh session ("sshd: root@notty", from the login to the
# job's end: the block going up, the output coming down; the shell,
# perl and filter themselves last some 50 ms on 48k) or a slurmstepd.
# Says what it did in $T/lost-NAME; run stops the watcher when the
# case ends.
when_busy() {
	local h=$1 what=$2
	(
		end=$((SECONDS + 60))
		while [ $SECONDS -lt $end ]; do
			for p in $(ip netns pids "$ck-$h"); do
				c=$( { tr '\0' ' ' <"/proc/$p/cmdline"; } 2>/dev/null) || continue
				case $c in
				"sshd: root@notty"*) ;;
				""|sshd*|/usr/sbin/sshd*|slurmd*) continue ;;
				esac
				"$what" "$h"
				echo "$what $h while it ran: ${c:0:40} (pid $p)"
				exit 0
			done
		done
		echo "no job on $h in 60 s"
	) >"$T/lost-$h" 2>&1 &
	remember $!
	echo $! >>"$T/watchers"
}

# used_hosts JOBLOG: the hosts of a parallel --joblog, sorted, once.
used_hosts() {
	awk -F'\t' 'NR > 1 { print $2 }' "$1" | sort -u | tr '\n' ' '
}

# logins: each host's count of ssh logins so far (sshd logs them), to
# tell that a pipeline's jobs really ran there.
logins() {
	local h
	for h in $hosts; do
		printf '%s=%s ' "$h" "$(grep -c 'Accepted publickey' "$T/sshd-$h.log")"
	done
}

# logged_in_all BEFORE: whether every host has logins since BEFORE
# (an output of logins).
logged_in_all() {
	local now=$(logins) h b a
	echo "logins before: $1, after: $now"
	for h in $hosts; do
		b=$(echo "$1" | tr ' ' '\n' | sed -n "s/^$h=//p")
		a=$(echo "$now" | tr ' ' '\n' | sed -n "s/^$h=//p")
		[ "$a" -gt "$b" ] || { echo "no job ran on $h"; return 1; }
	done
}
