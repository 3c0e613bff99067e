using System.Net;
using System.Net.Sockets;

namespace Handbook.Web.Http;

/// <summary>What the rate limits count a client's requests under.</summary>
public static class ClientAddress
{
    /// <summary>
    /// An IPv4 client by its address; an IPv6 client by its /64, the network one subscriber is given
    /// and may pick any address in, so that changing address within it does not buy more requests.
    /// An IPv4 address mapped into IPv6 (as a dual-stack socket reports it) counts as IPv4, so that IPv4
    /// clients are not all counted as one /64.
    /// </summary>
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var prefix = address.GetAddressBytes();
        Array.Clear(prefix, 8, 8);
        return new IPAddress(prefix) + "/64";
    }
}
