# Shared by the scripts that start the packaged service on a fresh store (durability.sh, load.sh).
# Source it from the project root.

# A TCP port nothing listens on at 127.0.0.1, from a random start so parallel runs rarely meet, and below
# the ephemeral range (/proc/sys/net/ipv4/ip_local_port_range): a port in it may be the local end of some
# client's connection, free to connect to but not to bind (seen once in CI: "Port ... seems to be in use").
free_port() {
    local p low
    low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    (( low > 20001 )) || low=32768
    for p in $(seq $((20000 + RANDOM % (low - 20000))) 1 $((low - 1))) $(seq 20000 1 $((low - 1))); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
    done
    return 1
}

# The options of the shipped default H2 URL (after its first ';'), so a script tests what ships.
shipped_h2_options() {
    local url
    url=$(grep -E '^quarkus\.datasource\.jdbc\.url=' src/main/resources/application.properties | head -1 | cut -d= -f2-)
    [[ $url == *";"* ]] && echo "${url#*;}" || echo ""
}
