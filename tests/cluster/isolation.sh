# isolation: the hosts share nothing but ssh: each is its own hostname,
# has the filters on its PATH (its own /usr/local), and sees neither
# the client's input (in /tmp), nor the source tree (in /work), nor
# root's start-up files.
for h in h1 h2 h3; do
	got=$(on_client ssh -F "$T/ssh/config" "$h" "hostname;
	    command -v classify-labour;
	    test -e $T/census.csv && echo sees-input;
	    test -e $top/bin/classify-labour && echo sees-tree;
	    test -e /root/.bashrc && echo sees-bashrc;
	    ls /usr/local/share/litu/areas.csv") || exit 1
	want="$h
/usr/local/bin/classify-labour
/usr/local/share/litu/areas.csv"
	echo "$h: $got" | tr '\n' ' '; echo
	[ "$got" = "$want" ] || exit 1
done
