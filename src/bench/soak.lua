-- wrk script for the soak (src/bench/bench.sh soak): a mix of what readers and apps ask, in a fixed cycle of 20
-- requests: public pages (6), API resources (6), feeds (2), revalidations with the ETag a client kept (4, answered
-- 304) and addresses nobody asked before (2, each rendered and kept: the cache's bound is what holds memory).
-- The revalidations come from the file named after "--": one "path<TAB>etag" a line.
local pages = { "/", "/about", "/contact", "/releases", "/ur/releases", "/media",
                "/releases/piloting-national-skills-passport-in-pakistan", "/ru/", "/releases?office=moscow" }
local api = { "/api/v1/offices", "/api/v1/offices/pakistan", "/api/v1/releases?limit=20", "/api/v1/offices/moscow/releases",
              "/api/v1/releases/piloting-national-skills-passport-in-pakistan", "/api/v1/releases/changes",
              "/api/v1/media", "/api/v1/releases?q=skills" }
local feeds = { "/feed/releases.atom", "/feed/offices/pakistan/releases.atom" }
local unique = { "/releases?soak=", "/api/v1/releases?limit=20&soak=" }
local revalidations = {}
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
    thread_id = thread_id + 1
    thread:set("id", thread_id)
    table.insert(threads, thread)
end

function init(args)
    for line in io.lines(args[1]) do
        local path, etag = line:match("^(%S+)\t(.+)$")
        if path then
            table.insert(revalidations, { path = path, etag = etag })
        end
    end
end

local function pick(list, n)
    return list[(n % #list) + 1]
end

function request()
    counter = counter + 1
    local slot = counter % 20
    local round = math.floor(counter / 20)
    if slot < 6 then
        return wrk.format("GET", pick(pages, round * 6 + slot), { ["Accept-Encoding"] = "gzip" })
    elseif slot < 12 then
        return wrk.format("GET", pick(api, round * 6 + slot), { ["Accept-Encoding"] = "gzip" })
    elseif slot < 14 then
        return wrk.format("GET", pick(feeds, round + slot))
    elseif slot < 18 then
        local kept = pick(revalidations, round * 4 + slot)
        return wrk.format("GET", kept.path, { ["If-None-Match"] = kept.etag, ["Accept-Encoding"] = "gzip" })
    else
        return wrk.format("GET", pick(unique, slot) .. id .. "-" .. counter)
    end
end
