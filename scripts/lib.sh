# Shared by the scripts that start the packaged service on a fresh store (durability.sh, load.sh).
# Source it from the project root.

# A TCP port nothing listens on at 127.0.0.1, from a random start so parallel runs rarely meet.
free_port() {
    local p
    for p in $(seq $((20000 + RANDOM % 20000)) 1 60000); do
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
