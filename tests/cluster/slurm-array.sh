# slurm-array: docs/scaling.md's Slurm recipe (an array of --partial
# tasks over split -n l/N/K chunks, a --merge afterok) on the three
# nodes: the merge job completes and its table is the serial bytes.
set -- $(slurm_rollup 3 0) || exit 1
echo "array $1, merge $2"
st=$(slurm_wait "$2")
echo "merge: $st"
on_client scontrol show job "$1" | grep -o 'ArrayTaskId=[0-9]*\|JobState=[A-Z]*\|BatchHost=[a-z0-9]*' | paste - - - 
[ "$st" = "COMPLETED " ] || { tail -n 5 "$S"/run/*.out; exit 1; }
cmp "$T/serial.csv" "$S/run/township.csv"
