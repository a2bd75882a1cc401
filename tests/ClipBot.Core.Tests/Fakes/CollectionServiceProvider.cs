using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>
/// Resolves singletons from a <see cref="IServiceCollection"/> (instances, factories and constructor injection),
/// enough to run the command handlers as registered. The test project has the DI abstractions only, not the container.
/// </summary>
internal sealed class CollectionServiceProvider(IServiceCollection services) : IServiceProvider
{
    private readonly Dictionary<ServiceDescriptor, object> _singletons = [];

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IServiceProvider))
        {
            return this;
        }

        if (serviceType.IsGenericType && serviceType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var itemType = serviceType.GetGenericArguments()[0];
            var items = services.Where(d => d.ServiceType == itemType).Select(Resolve).ToArray();
            var typed = Array.CreateInstance(itemType, items.Length);
            Array.Copy(items, typed, items.Length);
            return typed;
        }

        var descriptor = services.LastOrDefault(d => d.ServiceType == serviceType);
        return descriptor is null ? null : Resolve(descriptor);
    }

    private object Resolve(ServiceDescriptor descriptor)
    {
        if (_singletons.TryGetValue(descriptor, out var existing))
        {
            return existing;
        }

        var created = descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(this)
            ?? ActivatorUtilities.CreateInstance(this, descriptor.ImplementationType
                ?? throw new InvalidOperationException($"Cannot build {descriptor.ServiceType}."));
        _singletons[descriptor] = created;
        return created;
    }
}
