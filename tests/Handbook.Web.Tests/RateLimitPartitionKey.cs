using Handbook.Web.Http;
using System.Net;

namespace Handbook.Web.Tests;

public sealed class RateLimitPartitionKey
{
    private static string KeyOf(string address) => ClientAddress.PartitionKey(IPAddress.Parse(address));

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("198.51.100.250")]
    public void An_IPv4_client_is_counted_by_its_address(string address)
    {
        Assert.Equal(address, KeyOf(address));
    }

    [Fact]
    public void IPv4_clients_next_to_each_other_are_counted_apart()
    {
        Assert.NotEqual(KeyOf("203.0.113.7"), KeyOf("203.0.113.8"));
    }

    [Fact]
    public void An_IPv6_client_rotating_addresses_inside_its_64_is_counted_as_one()
    {
        string[] addresses = ["2001:db8:1:2::1", "2001:db8:1:2:3:4:5:6", "2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:0db8:0001:0002:abcd::"];

        Assert.All(addresses, address => Assert.Equal("2001:db8:1:2::/64", KeyOf(address)));
    }

    [Theory]
    [InlineData("2001:db8:1:3::1")]
    [InlineData("2001:db8:2:2::1")]
    [InlineData("2001:db9:1:2::1")]
    public void IPv6_clients_in_other_64s_are_counted_apart(string other)
    {
        Assert.NotEqual(KeyOf("2001:db8:1:2::1"), KeyOf(other));
    }

    [Fact]
    public void An_IPv4_address_mapped_into_IPv6_is_counted_as_IPv4_not_with_every_other_IPv4_client()
    {
        Assert.Equal("203.0.113.7", KeyOf("::ffff:203.0.113.7"));
        Assert.NotEqual(KeyOf("::ffff:203.0.113.7"), KeyOf("::ffff:198.51.100.1"));
    }

    [Fact]
    public void A_request_without_an_address_is_counted_as_unknown()
    {
        Assert.Equal("unknown", ClientAddress.PartitionKey(null));
    }
}
