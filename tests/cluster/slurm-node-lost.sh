# slurm-node-lost: the same recipe, 6 tasks of 3 s, with h2 crashed
# (slurmd, its slurmstepd and the task killed) while a task of its
# runs: slurmctld marks h2 down after SlurmdTimeout, the task is
# requeued (--requeue) and runs on another node after cred_expire,
# the merge waits for it (afterok) and gives the serial bytes.
when_busy h2 crash
set -- $(slurm_rollup 6 3) || exit 1
echo "array $1, merge $2"
st=$(slurm_wait "$2")
echo "merge: $st"
cat "$T/lost-h2"
on_client sinfo -h -o '%n %T' | tr '\n' ' '; echo
on_client scontrol show job "$1" | grep -o 'ArrayTaskId=[0-9]*\|JobState=[A-Z]*\|Restarts=[0-9]*\|BatchHost=[a-z0-9]*' | paste - - - -
grep -q '^crash h2 while' "$T/lost-h2" || exit 1
on_client scontrol show job "$1" | grep -q 'Restarts=[1-9]' || { echo "no task was requeued"; exit 1; }
[ "$st" = "COMPLETED " ] || { tail -n 5 "$S"/run/*.out; exit 1; }
cmp "$T/serial.csv" "$S/run/township.csv"
