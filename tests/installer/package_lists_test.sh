#!/usr/bin/env bash
# Proves installer/packages/ is complete for a fresh Debian 12: what the build included, what foyer links,
# and every program in installer/programs.txt come from packages that the lists bring in.
#
# Usage: package_lists_test.sh SOURCE_DIR BUILD_DIR headers|links|programs
#   headers   every /usr header in the compiler's dependency files (*.o.d) is from a package that the
#             build lists (`make deps-build`) install
#   links     every library foyer, foyer-session, foyer-hang-up and foyer-helpdesk load is from a package
#             that `make run`'s lists install
#   programs  each program in installer/programs.txt is in the packages its purpose installs, comes from the
#             package named there, and the sources start no program the file does not name
#
# What the lists bring is computed, not read from this machine: apt-get simulates installing them on a
# machine with nothing installed (an empty dpkg status) but Debian's base system, exactly as
# installer/install-deps.sh installs them (no Recommends). Only the package index is read, never the
# installed set. The answer is cached in BUILD_DIR/package-closures/ until a list or the index changes.
set -euo pipefail

source_dir=$(cd "${1:?usage: package_lists_test.sh SOURCE_DIR BUILD_DIR headers|links|programs}" && pwd)
build_dir=$(cd "${2:?missing BUILD_DIR}" && pwd)
check=${3:?missing the check: headers, links or programs}

export LC_ALL=C
cache=${PACKAGE_CLOSURE_CACHE:-$build_dir/package-closures}
mkdir -p "$cache"
failures=0

fail() {
    echo "FAILED: $*"
    failures=$((failures + 1))
}
# Also from inside $(closure ...), whose standard output is the answer: the reason goes to standard error.
die() {
    echo "FAILED: $*" >&2
    exit 1
}

# The lists a purpose installs, as the Makefile's deps-* targets name them (read from the Makefile, so the
# two never disagree). "base" is Debian's base system alone; "fuzz" is `make fuzz`: deps-test, then fuzz.
lists_for() {
    local target=$1
    case "$target" in
    base) return 0 ;;
    fuzz) lists_for test && echo fuzz && return 0 ;;
    esac
    local line
    line=$(awk -v t="deps-$target:" '$1 == t { getline; print; exit }' "$source_dir/Makefile")
    [[ "$line" == *install-deps.sh* ]] || die "the Makefile has no deps-$target target running install-deps.sh"
    echo "${line#*install-deps.sh}" | tr ' ' '\n' | grep .
}

# The packages a list names, as install-deps.sh reads it.
packages_in() {
    local list="$source_dir/installer/packages/$1.txt"
    [ -f "$list" ] || die "no package list $list"
    sed 's/#.*//' "$list" | tr -s ' \t' '\n' | grep . || true
}

index_files() {
    local lists_dir=/var/lib/apt/lists
    eval "$(apt-config shell lists_dir Dir::State::lists/d)"
    ls "$lists_dir"/*_Packages* 2>/dev/null || true
}

# Debian's base system: what debootstrap's minbase installs (Essential and Priority: required), from the index.
base_packages() {
    apt-cache dumpavail | awk '/^Package: / { p = $2 } /^(Priority: required|Essential: yes)$/ { print p }' | sort -u
}

# Every list's packages, for the graph below.
all_listed() {
    local list
    for list in "$source_dir"/installer/packages/*.txt; do
        packages_in "$(basename "$list" .txt)"
    done | sort -u
}

# The dependency graph of every listed package and of the base system, from the package index (apt-cache
# reads the index, not the installed set), cached in $cache/graph.txt until a list or the index changes.
# Recommends, Suggests and Enhances are left out as install-deps.sh leaves them out; Conflicts, Breaks and
# Replaces are kept in apt-cache's answer and ignored below: with --no-breaks apt-cache 2.6 also drops
# packages a Breaks line names from the recursion, g++ among them.
graph_file=
graph() {
    local out="$cache/graph.txt" index packages key
    [ -n "$graph_file" ] && return 0
    index=$(index_files)
    [ -n "$index" ] || die "apt has no package index here: run 'apt-get update' (installer/install-deps.sh runs it only when it installs something)"
    packages=$(all_listed)
    key=$( {
        echo "$packages"
        stat -c '%n %s %Y' $index
    } | sha256sum | cut -d' ' -f1)
    (
        # Parallel ctest runs share one answer.
        flock 9
        [ -f "$out" ] && [ "$(head -n1 "$out")" = "# $key" ] && exit 0
        local base
        base=$(base_packages)
        [ -n "$base" ] || die "the package index names no base package (Priority: required): is the index empty?"
        {
            echo "# $key"
            echo "$base" | sed 's/^/+ /'
            # shellcheck disable=SC2086
            apt-cache depends --recurse --no-recommends --no-suggests --no-enhances $packages $base
        } >"$out.new" || die "apt-cache depends failed"
        [ "$(grep -c '^[^ #+]' "$out.new")" -gt 100 ] || die "apt-cache depends knows almost no package: the package index is empty (apt-get update)"
        mv "$out.new" "$out"
    ) 9>"$cache/.lock" || exit 1
    graph_file=$out
}

# Writes the packages a fresh machine has after `make`'s install for PURPOSE into $cache/PURPOSE.txt, its
# path in $closure_file: Debian's base system, the lists, and what they depend on, taking in each "a | b" the
# first alternative (a virtual one: the first package providing it), as apt does on a machine without them.
declare -A closure_done
closure() {
    local purpose=$1 out="$cache/$1.txt" packages
    closure_file=$out
    [ -n "${closure_done[$purpose]:-}" ] && return 0
    graph
    packages=$(for list in $(lists_for "$purpose"); do packages_in "$list"; done | sort -u)
    awk -v roots="$(echo $packages)" '
        BEGIN { n = split(roots, r, " "); for (i = 1; i <= n; i++) root[i] = r[i]; nroot = n }
        /^#/ { next }
        /^\+ / { base[++nbase] = $2; next }
        /^[^ ]/ { current = $1; known[current] = 1; group = ""; next }
        /^ [ |](Pre)?Depends: / {
            name = $2
            if (name ~ /^</) { name = substr(name, 2, length(name) - 2); virtual[name] = 1 }
            group = group (group == "" ? "" : ",") name
            last = name
            if (substr($0, 2, 1) != "|") { deps[current] = deps[current] (deps[current] == "" ? "" : ";") group; group = "" }
            next
        }
        /^ [ |][A-Za-z]+: / { last = ""; next }
        /^    / { if (last != "") providers[last] = providers[last] (providers[last] == "" ? "" : ",") $1; next }
        function satisfied(alt,    n, i, p) {
            if (alt in have) return 1
            if (alt in virtual) { n = split(providers[alt], p, ","); for (i = 1; i <= n; i++) if (p[i] in have) return 1 }
            return 0
        }
        function pick(alt,    p) {
            if (!(alt in virtual)) return (alt in known) ? alt : ""
            if (providers[alt] == "") return ""
            split(providers[alt], p, ",")
            return p[1]
        }
        function add(p) { if (p != "" && !(p in have)) { have[p] = 1; queue[++tail] = p } }
        function resolve(    p, ng, g, i, j, na, a, ok, chosen) {
            while (head < tail) {
                p = queue[++head]
                ng = split(deps[p], g, ";")
                for (i = 1; i <= ng; i++) {
                    na = split(g[i], a, ",")
                    ok = 0
                    for (j = 1; j <= na && !ok; j++) ok = satisfied(a[j])
                    if (ok) continue
                    chosen = ""
                    for (j = 1; j <= na && chosen == ""; j++) chosen = pick(a[j])
                    add(chosen)
                }
            }
        }
        END {
            # The base system is there first, so an alternative it has already is the one used.
            for (i = 1; i <= nbase; i++) add(base[i])
            resolve()
            for (i = 1; i <= nroot; i++) if (!(root[i] in known)) print "unknown " root[i]
            for (i = 1; i <= nroot; i++) add(root[i])
            resolve()
            for (p in have) print p
        }' "$graph_file" | sort >"$out.$$"
    local unknown
    unknown=$(sed -n 's/^unknown //p' "$out.$$")
    [ -z "$unknown" ] || die "installer/packages: apt knows no package $(echo $unknown) (a typo, or the index is out of date: apt-get update)"
    [ "$(wc -l <"$out.$$")" -gt 10 ] || die "the closure of '$purpose' is empty: the package index is empty (apt-get update)"
    mv "$out.$$" "$out"
    closure_done[$purpose]=1
}

in_closure() {
    grep -qx -- "$1" "$2"
}

# The packages owning PATH ("pkg1 pkg2 "), trying the /usr-merged twin (/lib and /usr/lib are one folder on
# Debian 12, but dpkg knows each file under the name its package used) and the symlink's target. dpkg-query
# reads its whole file database at each call: load_owners asks about many paths at once beforehand.
declare -A owner_cache
path_variants() {
    local path=$1 target
    target=$(readlink -f "$path" 2>/dev/null || true)
    printf '%s\n' "$path" "${path#/usr}" "/usr$path"
    [ -n "$target" ] && printf '%s\n' "$target" "${target#/usr}" "/usr$target"
    return 0
}
# "pkg[:arch][, pkg2]: /path" lines from dpkg-query -S, as "/path<TAB>pkg pkg2 " (one awk, no fork a line).
owner_lines() {
    awk '/^diversion / { next }
        { at = index($0, ": /"); if (!at) next
          n = split(substr($0, 1, at - 1), p, ", *"); out = ""
          for (i = 1; i <= n; i++) { sub(/:.*/, "", p[i]); out = out p[i] " " }
          print substr($0, at + 2) "\t" out }'
}
# Asks dpkg about these paths (each with its twins) at once, into owner_cache.
load_owners() {
    local path packages
    while IFS=$'\t' read -r path packages; do
        owner_cache[$path]=$packages
    done < <(for path in "$@"; do path_variants "$path"; done | grep '^/' | sort -u | xargs -r dpkg-query -S 2>/dev/null | owner_lines || true)
}
owners_of() {
    local candidate
    while read -r candidate; do
        if [ -n "${owner_cache[$candidate]:-}" ]; then
            echo "${owner_cache[$candidate]}"
            return 0
        fi
    done < <(path_variants "$1")
    return 1
}

check_headers() {
    closure build
    local depfiles
    depfiles=$(find "$build_dir" -name '*.o.d' -not -path "$cache/*" | wc -l)
    if [ "$depfiles" -eq 0 ] && [ -f "$build_dir/build.ninja" ]; then
        die "Ninja keeps the dependency files in .ninja_deps: use the Makefiles generator for this check"
    fi
    [ "$depfiles" -gt 10 ] || die "only $depfiles dependency files (*.o.d) under $build_dir: build first"
    # Every path after a target's colon; headers under /usr only (the project's own are relative or /work).
    local headers line path
    headers=$(find "$build_dir" -name '*.o.d' -not -path "$cache/*" -print0 | xargs -0 cat |
        tr ' \\' '\n\n' | grep -v ':$' | grep -E '^/' | sort -u | xargs realpath -s -m -- | sort -u)
    local outside
    outside=$(echo "$headers" | grep -vE '^/usr/(include|lib)/' | grep -vE "^($source_dir|$build_dir)/" || true)
    [ -z "$outside" ] || fail "headers outside Debian's folders (installed by hand?):"$'\n'"$outside"
    headers=$(echo "$headers" | grep -E '^/usr/')
    local count
    count=$(echo "$headers" | wc -l)
    # One dpkg-query for all of them, then the /usr-merged twins and symlink targets of the few left.
    local header unknown=() packages
    while IFS=$'\t' read -r path packages; do
        owner_cache[$path]=$packages
    done < <(echo "$headers" | xargs dpkg-query -S 2>/dev/null | owner_lines || true)
    for header in $headers; do
        [ -n "${owner_cache[$header]:-}" ] || unknown+=("$header")
    done
    [ ${#unknown[@]} -eq 0 ] || load_owners "${unknown[@]}"
    declare -A owner
    for header in $headers; do
        owner[$header]=${owner_cache[$header]:-}
    done
    for header in "${unknown[@]}"; do
        owner[$header]=$(owners_of "$header" || true)
    done
    local missing=() unowned=()
    declare -A reported
    local package ok
    for header in $headers; do
        if [ -z "${owner[$header]}" ]; then
            unowned+=("$header")
            continue
        fi
        ok=no
        for package in ${owner[$header]}; do
            in_closure "$package" "$closure_file" && ok=yes
        done
        if [ $ok = no ]; then
            package=${owner[$header]%% *}
            [ -n "${reported[$package]:-}" ] && continue
            reported[$package]=1
            local user
            user=$(grep -rlF --include='*.o.d' -- "$header" "$build_dir" | head -n1)
            missing+=("$package (for $header, included by ${user#"$build_dir"/})")
        fi
    done
    for header in "${unowned[@]}"; do
        fail "no Debian package has $header (installed by hand?)"
    done
    for package in "${missing[@]}"; do
        fail "installer/packages/build.txt or helpdesk-build.txt must bring $package"
    done
    echo "headers: $count system headers from $depfiles dependency files, $(echo "${owner[@]}" | tr ' ' '\n' | grep . | sort -u | wc -l) packages"
}

check_links() {
    closure run
    local binary path libraries
    declare -A loaded_by
    for binary in foyer foyer-session foyer-hang-up foyer-helpdesk; do
        path="$build_dir/bin/$binary"
        [ -x "$path" ] || die "$path is not built"
        libraries=$(ldd "$path") || die "ldd $path failed"
        if echo "$libraries" | grep -q 'not found'; then
            fail "$binary: $(echo "$libraries" | grep 'not found' | tr -s ' \t' ' ')"
        fi
        local library
        for library in $(echo "$libraries" | grep -oE '/[^ ]+' | grep -vE "^($source_dir|$build_dir)/" | sort -u); do
            loaded_by[$library]="${loaded_by[$library]:-}$binary "
        done
    done
    load_owners "${!loaded_by[@]}"
    local owners package ok
    for library in "${!loaded_by[@]}"; do
        owners=$(owners_of "$library") || {
            fail "${loaded_by[$library]% } load(s) $library, which no Debian package has"
            continue
        }
        ok=no
        for package in $owners; do
            in_closure "$package" "$closure_file" && ok=yes
        done
        [ $ok = yes ] || fail "${loaded_by[$library]% } load(s) $library from ${owners% }, which 'make run' (build + run lists) does not install"
    done
    echo "links: ${#loaded_by[@]} libraries of foyer, foyer-session, foyer-hang-up and foyer-helpdesk checked"
}

# Where the program would be found: PATH (with the sbin folders, which a user's PATH may lack) or a glob.
find_program() {
    local program=$1 dir
    if [[ "$program" == /* ]]; then
        compgen -G "$program" | sort -V | tail -n1
        return 0
    fi
    for dir in /usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin; do
        [ -x "$dir/$program" ] && echo "$dir/$program" && return 0
    done
    return 0
}

check_programs() {
    local file="$source_dir/installer/programs.txt"
    [ -f "$file" ] || die "no $file"
    declare -A named found_at
    local program package purpose who rest line_number=0 checked=0
    local -a rows=()
    while read -r program package purpose who rest; do
        line_number=$((line_number + 1))
        [ -z "$program" ] || [[ "$program" == \#* ]] && continue
        [ -n "$who" ] && [ -z "$rest" ] || die "programs.txt:$line_number: four columns wanted (program package purpose who)"
        [ -z "${named[$program]:-}" ] || fail "programs.txt:$line_number: $program is named twice"
        named[$program]=$purpose
        rows+=("$line_number $program $package $purpose $who")
        local file_name
        for file_name in ${who//,/ }; do
            if [ ! -f "$source_dir/$file_name" ]; then
                fail "programs.txt:$line_number: $program is run by $file_name, which does not exist"
            elif ! grep -qF -- "$(basename "$program")" "$source_dir/$file_name"; then
                fail "programs.txt:$line_number: $file_name does not mention $program"
            fi
        done
        found_at[$program]=$(find_program "$program")
    done <"$file"
    load_owners $(printf '%s\n' "${found_at[@]}" | grep .)

    local row
    for row in "${rows[@]}"; do
        read -r line_number program package purpose who <<<"$row"
        case "$purpose" in
        not-a-program | none) continue ;;
        build | run | test | package | fuzz | base) ;;
        *) die "programs.txt:$line_number: unknown purpose '$purpose'" ;;
        esac
        closure "$purpose"
        if ! in_closure "$package" "$closure_file"; then
            fail "$program: its package $package is not installed by 'make' for '$purpose' (installer/packages: $(lists_for "$purpose" | tr '\n' ' '))"
            continue
        fi
        # When the program is here, it must come from that package (or one the same lists bring that has
        # it instead, as NodeSource's nodejs has npm).
        path=${found_at[$program]}
        if [ -n "$path" ]; then
            local owners ok=no owner
            owners=$(owners_of "$path" || true)
            for owner in $owners; do
                { [ "$owner" = "$package" ] || in_closure "$owner" "$closure_file"; } && ok=yes
            done
            [ $ok = yes ] || fail "$program: $path comes from '${owners:-no package}', not from $package"
        fi
        checked=$((checked + 1))
    done

    # Programs the sources start by a literal name: the first string of an argv given to the launchers
    # (run_program, ChildWatcher::spawn, the tests' Process and run) or asked about (program_exists,
    # have_program). A new one must be named in programs.txt.
    local pattern='\b(run_program|program_exists|have_program|Process|run|spawn|start)\s*\(\s*(std::vector<std::string>\s*)?\{?\s*"[^"\s]+"|make_unique<Process>\(\s*(std::vector<std::string>\s*)?\{\s*"[^"\s]+"|\bargv\s*\{\s*"[^"\s]+"'
    local found
    found=$(cd "$source_dir" && grep -rnoP --include='*.cpp' --include='*.hpp' "$pattern" apps shell helpdesk voice tests |
        sed -E 's/^([^:]+):([0-9]+):.*"([^"]+)"$/\3 \1:\2/' | sort -u)
    local name where
    while read -r name where; do
        [ -n "$name" ] || continue
        # SQL statements run by the helpdesk's store ("BEGIN", "COMMIT") are not programs.
        [[ "$name" =~ ^[A-Z]+$ ]] && continue
        [ -n "${named[$name]:-}" ] || fail "$where starts '$name', which installer/programs.txt does not name"
    done <<<"$found"
    # The same for the shell scripts' `command -v` questions.
    found=$(cd "$source_dir" && grep -rnoP --include='*.sh' 'command -v "?\K[A-Za-z][\w.+-]*' installer tests .ci 2>/dev/null | sort -u)
    while IFS=: read -r where line name; do
        [ -n "$name" ] || continue
        [ -n "${named[$name]:-}" ] || fail "$where:$line asks for '$name', which installer/programs.txt does not name"
    done <<<"$found"
    echo "programs: $checked programs of installer/programs.txt checked"
}

case "$check" in
headers) check_headers ;;
links) check_links ;;
programs) check_programs ;;
*) die "unknown check '$check' (headers, links or programs)" ;;
esac

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s): a fresh Debian 12 would miss these (installer/packages/*.txt, installer/programs.txt)"
    exit 1
fi
echo "ok"
