using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Archive.Tests.Layering;

/// <summary>
/// Which of an assembly's own types each of its types uses, read from the compiled metadata: base types, interfaces,
/// the signatures of fields, methods and properties, and every type, method and field token in method bodies (locals
/// included). Nested and compiler-made types (lambdas, iterators, async state machines) count as their outermost type.
/// Reading the compiled code, not the <c>using</c> lines, sees fully qualified names and references that imports hide.
/// </summary>
public sealed class TypeReferences
{
    /// <summary>Each outermost type's full name and the full names of the assembly's other types it uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Uses { get; }

    TypeReferences(IReadOnlyDictionary<string, IReadOnlySet<string>> uses) => Uses = uses;

    public static TypeReferences Of(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var owner = Outermost(reader, handle);
            var name = FullName(reader, owner);
            if (name == "<Module>") continue;
            var found = new Collector(reader);
            found.Visit(handle, pe);
            var set = uses.TryGetValue(name, out var s) ? s : uses[name] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in found.Types)
                if (FullName(reader, Outermost(reader, used)) is var usedName && usedName != name && usedName != "<Module>") set.Add(usedName);
        }
        return new TypeReferences(uses.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal));
    }

    static TypeDefinitionHandle Outermost(MetadataReader reader, TypeDefinitionHandle handle)
    {
        for (var type = reader.GetTypeDefinition(handle); type.IsNested; type = reader.GetTypeDefinition(handle))
            handle = type.GetDeclaringType();
        return handle;
    }

    public static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var ns = reader.GetString(type.Namespace);
        var name = reader.GetString(type.Name);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Collects the assembly's own types a type definition reaches; other assemblies' types are ignored.</summary>
    sealed class Collector(MetadataReader reader) : ISignatureTypeProvider<int, object?>
    {
        public readonly HashSet<TypeDefinitionHandle> Types = [];

        public void Visit(TypeDefinitionHandle handle, PEReader pe)
        {
            var type = reader.GetTypeDefinition(handle);
            Entity(type.BaseType);
            foreach (var i in type.GetInterfaceImplementations()) Entity(reader.GetInterfaceImplementation(i).Interface);
            foreach (var f in type.GetFields()) reader.GetFieldDefinition(f).DecodeSignature(this, null);
            foreach (var p in type.GetProperties()) reader.GetPropertyDefinition(p).DecodeSignature(this, null);
            foreach (var m in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(m);
                method.DecodeSignature(this, null);
                if (method.RelativeVirtualAddress != 0) Body(pe.GetMethodBody(method.RelativeVirtualAddress));
            }
        }

        void Body(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
                reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(this, null);
            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                int value = il.ReadByte();
                if (value == 0xFE) value = 0xFE00 | il.ReadByte();
                switch (Operands[value])
                {
                    case OperandType.InlineNone: break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar: il.Offset += 1; break;
                    case OperandType.InlineVar: il.Offset += 2; break;
                    case OperandType.InlineI8 or OperandType.InlineR: il.Offset += 8; break;
                    case OperandType.InlineSwitch: var targets = il.ReadInt32(); il.Offset += 4 * targets; break;
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig:
                        Entity(MetadataTokens.EntityHandle(il.ReadInt32())); break;
                    default: il.Offset += 4; break;
                }
            }
        }

        void Entity(EntityHandle handle)
        {
            if (handle.IsNil) return;
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition: Types.Add((TypeDefinitionHandle)handle); break;
                case HandleKind.TypeSpecification: reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null); break;
                case HandleKind.MethodDefinition:
                    var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                    Types.Add(method.GetDeclaringType());
                    method.DecodeSignature(this, null);
                    break;
                case HandleKind.FieldDefinition:
                    Types.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()); break;
                case HandleKind.MemberReference:
                    var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    Entity(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method) member.DecodeMethodSignature(this, null);
                    else member.DecodeFieldSignature(this, null);
                    break;
                case HandleKind.MethodSpecification:
                    var spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Entity(spec.Method);
                    spec.DecodeSignature(this, null);
                    break;
                case HandleKind.StandaloneSignature:
                    var sig = reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                    if (sig.GetKind() == StandaloneSignatureKind.Method) sig.DecodeMethodSignature(this, null);
                    break;
            }
        }

        public int GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) { Types.Add(handle); return 0; }
        public int GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind) => 0;
        public int GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            r.GetTypeSpecification(handle).DecodeSignature(this, context);
        public int GetArrayType(int elementType, ArrayShape shape) => 0;
        public int GetByReferenceType(int elementType) => 0;
        public int GetFunctionPointerType(MethodSignature<int> signature) => 0;
        public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;
        public int GetGenericMethodParameter(object? context, int index) => 0;
        public int GetGenericTypeParameter(object? context, int index) => 0;
        public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;
        public int GetPinnedType(int elementType) => 0;
        public int GetPointerType(int elementType) => 0;
        public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;
        public int GetSZArrayType(int elementType) => 0;
    }

    /// <summary>Each IL opcode's operand kind, from the runtime's own table.</summary>
    static readonly Dictionary<int, OperandType> Operands = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => (int)(ushort)o.Value, o => o.OperandType);
}
