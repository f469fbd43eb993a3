namespace Facilitation.Methods;

/// <summary>Adapts a delegate to <see cref="IObserver{T}"/>, so hosts can subscribe with a lambda and no reactive library.</summary>
internal sealed class ActionObserver<T>(Action<T> onNext) : IObserver<T>
{
    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void OnNext(T value) => onNext(value);
}
