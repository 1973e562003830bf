using StackExchange.Redis;

namespace Spoke.Redis;

/// <summary>
/// The Lua scripts of <see cref="RedisBudgetStore"/>. Each runs atomically on the server and reads the time from Redis
/// (<c>TIME</c>), so every process measures holds on one clock and no two can take the last permit. A bucket is a sorted
/// set whose members are permits (<c>sequence:grantedAtMicroseconds</c>) scored by when they lapse, in microseconds. Lua
/// numbers are doubles, which print in exponent notation past 10^14, so every time leaves a script through <c>%.0f</c>.
/// </summary>
internal static class RedisBudgetScripts
{
    /// <summary>
    /// KEYS: bucket, sequence, epoch. ARGV: limit, hold in µs, candidate epoch. Returns {1, permit id, epoch} or
    /// {0, µs until the next permit lapses, epoch}. The epoch names the bucket's keys since they were created: a store that
    /// sees it change while permits it took should still be held knows Redis lost them.
    /// </summary>
    public static readonly LuaScript Acquire = LuaScript.Prepare("""
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local keep = math.ceil(tonumber(@hold) / 1000) + 1000
        local epoch = redis.call('GET', @epoch)
        if not epoch then
          epoch = @candidate
          redis.call('SET', @epoch, epoch, 'PX', keep)
        end
        redis.call('ZREMRANGEBYSCORE', @bucket, '-inf', now)
        if redis.call('ZCARD', @bucket) < tonumber(@limit) then
          local id = redis.call('INCR', @sequence) .. ':' .. string.format('%.0f', now)
          redis.call('ZADD', @bucket, now + tonumber(@hold), id)
          if redis.call('PTTL', @bucket) < keep then
            redis.call('PEXPIRE', @bucket, keep)
            redis.call('PEXPIRE', @sequence, keep)
          end
          if redis.call('PTTL', @epoch) < keep then
            redis.call('PEXPIRE', @epoch, keep)
          end
          return {1, id, epoch}
        end
        local first = redis.call('ZRANGE', @bucket, 0, 0, 'WITHSCORES')
        return {0, string.format('%.0f', tonumber(first[2]) - now), epoch}
        """);

    /// <summary>
    /// KEYS: bucket, epoch. ARGV: permit id, hold in µs from its grant. Moves the lapse of a permit still held, earlier or
    /// later; a later lapse also keeps the keys alive until then.
    /// </summary>
    public static readonly LuaScript SetHold = LuaScript.Prepare("""
        local score = redis.call('ZSCORE', @bucket, @permit)
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        if not score or tonumber(score) <= now then return 0 end
        local granted = tonumber(string.match(@permit, ':(%d+)$'))
        local lapses = granted + tonumber(@hold)
        redis.call('ZADD', @bucket, 'XX', lapses, @permit)
        local keep = math.ceil((lapses - now) / 1000) + 1000
        if redis.call('PTTL', @bucket) < keep then
          redis.call('PEXPIRE', @bucket, keep)
        end
        if redis.call('PTTL', @epoch) < keep then
          redis.call('PEXPIRE', @epoch, keep)
        end
        return 1
        """);

    /// <summary>KEYS: quota. Returns what the last report left before this request, and takes one; nil when no report stands.</summary>
    public static readonly LuaScript TakeDaily = LuaScript.Prepare("""
        local left = redis.call('GET', @quota)
        if not left then return false end
        redis.call('DECR', @quota)
        return tonumber(left)
        """);
}
